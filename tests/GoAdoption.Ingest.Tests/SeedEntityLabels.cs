namespace GoAdoption.Ingest.Tests;

/// <summary>
/// The companies and projects each seed names as Go adopters and Go software, labelled by reading the seeds (the same
/// hands as <see cref="Claims.SeedClaimLabels"/>). A company a seed only mentions (a cloud it runs on, a site it links
/// to) is not here: the importer reports it as a warning instead.
/// </summary>
internal static class SeedEntityLabels
{
    public static readonly IReadOnlyDictionary<string, (string[] Companies, string[] Projects)> All =
        new Dictionary<string, (string[], string[])>
        {
            [Claims.SeedClaimLabels.Ko] = (
                ["apple", "dailymotion", "dropbox", "fabric", "facebook", "github", "google", "gov-uk", "medium",
                 "mozilla", "sendgrid", "soundcloud", "the-new-york-times", "twitch", "twitter", "uber", "youtube"],
                ["deis", "etcd", "fleet", "flynn", "gogs", "influxdb", "kubernetes", "lime", "neo4j", "revel",
                 "syncthing"]),
            [Claims.SeedClaimLabels.ZhMd] = (
                ["coreos", "docker-inc", "google", "toutiao"],
                ["cloud-foundry", "deis", "docker", "etcd", "ethereum", "fleet", "flynn", "gitea", "gogs",
                 "influxdb", "kubernetes", "lime", "openstack", "revel", "syncthing"]),
            [Claims.SeedClaimLabels.Web2] = (
                ["alibaba", "bank-of-china", "bilibili", "bytedance", "cloudflare", "google", "icbc", "jd-com",
                 "meituan", "netease", "netflix", "ping-an", "pingcap", "stripe", "tencent", "trip-com", "twitch",
                 "uber", "wechat-pay", "xiaohongshu", "zhihu"],
                ["ants", "client-go", "controller-runtime", "docker", "eksctl", "envoy", "etcd", "fasthttp",
                 "gorilla-mux", "grpc", "grpc-go", "gvisor", "kubebuilder", "kubernetes", "netpoll", "opentelemetry",
                 "openyurt", "pd", "prometheus", "protocol-buffers", "sqlite", "tars", "terraform", "tidb", "tikv",
                 "zeromq"]),
            [Claims.SeedClaimLabels.Web3] = (
                ["alibaba", "ascend", "baidu", "bytedance", "china-merchants-bank", "citic-securities",
                 "cloud-native-computing-foundation", "cloudflare", "coinbase", "coreos", "didi", "docker-inc",
                 "dropbox", "ernie-bot", "google", "huawei", "jd-com", "kuaishou", "meituan", "netflix", "paypal",
                 "ping-an", "red-hat", "tencent", "twitch", "uber"],
                ["apache-kafka", "archaius", "cilium", "docker", "envoy", "etcd", "go-micro", "gosec", "grpc",
                 "grpc-gateway", "helm", "istio", "jaeger", "kubernetes", "loki", "opentelemetry", "pd",
                 "prometheus", "protocol-buffers", "redis", "terraform", "tidb", "tikv", "trivy", "wasmedge"]),
            [Claims.SeedClaimLabels.En] = (
                [],
                ["docker", "kubernetes", "lxc", "nsq", "skynet", "tsuru"]),
        };
}
