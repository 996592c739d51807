namespace GoAdoption.Ingest.Taxonomy;

/// <summary>
/// The fixed set of domains a company, project or use-case can belong to. Fixed on purpose: filters and exports
/// stay comparable across imports, and a new domain is a reviewed change, not a side effect of a document.
/// </summary>
public static class DomainTaxonomy
{
    public static IReadOnlyList<DomainDefinition> All { get; } =
    [
        Define("finance", "Finance & payments", "金融与支付", "금융·결제", "金融・決済",
            "finance", "financial", "fintech", "payment", "payments", "bank", "banking", "trading", "securities", "brokerage",
            "exchange", "settlement", "clearing", "anti-fraud", "risk control",
            "金融", "支付", "银行", "證券", "证券", "交易所", "交易系统", "行情", "清结算", "对账", "风控", "反欺诈", "信用卡", "跨境支付",
            "금융", "결제", "은행", "증권", "거래소",
            "決済", "銀行", "証券"),
        Define("cloud-infrastructure", "Cloud infrastructure", "云基础设施", "클라우드 인프라", "クラウド基盤",
            "cloud", "container", "containers", "orchestration", "paas", "serverless", "kubernetes", "infrastructure",
            "operator", "runtime", "scheduling", "cluster",
            "云原生", "云平台", "云服务", "容器", "编排", "基础设施", "集群", "调度", "无服务器",
            "클라우드", "컨테이너", "인프라",
            "クラウド", "コンテナ", "インフラ"),
        Define("networking", "Networking, DNS & CDN", "网络、DNS 与 CDN", "네트워크·DNS·CDN", "ネットワーク・DNS・CDN",
            "dns", "cdn", "edge", "proxy", "load balancer", "gateway", "service mesh", "network",
            "网关", "边缘", "代理", "服务网格", "网络", "解析服务",
            "네트워크", "게이트웨이",
            "ネットワーク", "ゲートウェイ"),
        Define("streaming-media", "Video & streaming", "视频与直播", "동영상·스트리밍", "動画・配信",
            "video", "streaming", "live stream", "transcode", "broadcast", "music",
            "视频", "直播", "流媒体", "转码",
            "동영상", "스트리밍", "방송",
            "動画", "配信", "ライブ"),
        Define("e-commerce", "E-commerce & retail", "电商与零售", "전자상거래", "EC・小売",
            "e-commerce", "ecommerce", "retail", "order", "orders", "marketplace", "shopping", "food delivery",
            "电商", "订单", "外卖", "零售", "购物",
            "전자상거래", "쇼핑", "주문",
            "通販", "小売", "注文"),
        Define("logistics", "Logistics & mobility", "物流与出行", "물류·모빌리티", "物流・モビリティ",
            "logistics", "ride-hailing", "ride sharing", "riders", "drivers", "mobility", "geofence", "geo-fence", "warehouse", "dispatch",
            "物流", "仓储", "出行", "派单", "地理围栏", "网约车",
            "물류", "배차", "지리",
            "物流", "配車", "倉庫"),
        Define("observability", "Observability", "可观测性", "관측 가능성", "オブザーバビリティ",
            "monitoring", "observability", "metrics", "tracing", "logging", "log pipeline", "alerting", "time series", "analytics",
            "监控", "可观测", "告警", "日志", "链路追踪", "指标",
            "모니터링", "로그",
            "監視", "ログ"),
        Define("messaging", "Messaging & communication", "消息与通信", "메시징", "メッセージング",
            "message queue", "messaging", "chat", "email", "notification", "pub-sub", "push",
            "消息", "聊天", "推送", "邮件", "消息队列",
            "메시지", "채팅", "이메일",
            "メッセージ", "チャット", "メール"),
        Define("databases", "Databases & storage", "数据库与存储", "데이터베이스·스토리지", "データベース・ストレージ",
            "database", "databases", "key-value", "storage", "newsql", "time-series database", "datastore", "sync", "file sync",
            "数据库", "存储", "键值", "分布式数据库", "云盘", "同步",
            "데이터베이스", "스토리지", "저장소",
            "データベース", "ストレージ"),
        Define("developer-tools", "Developer tools", "开发者工具", "개발자 도구", "開発者ツール",
            "developer tool", "framework", "web framework", "editor", "git", "ci/cd", "devops", "infrastructure as code", "cli",
            "testing", "automation", "code review", "sdk",
            "框架", "编辑器", "开发工具", "代码审计", "自动化", "git服务", "工具链",
            "프레임워크", "개발 도구", "테스트",
            "フレームワーク", "開発ツール"),
        Define("ai-ml", "AI & machine learning", "人工智能与机器学习", "AI·머신러닝", "AI・機械学習",
            "machine learning", "ai", "inference", "model serving", "llm", "recommendation", "large model",
            "人工智能", "推理", "大模型", "推荐", "机器学习", "模型",
            "인공지능", "머신러닝", "추천",
            "人工知能", "機械学習", "推論"),
        Define("content-social", "Content, media & social", "内容与社交", "콘텐츠·소셜", "コンテンツ・ソーシャル",
            "social", "publishing", "news", "content", "community", "blog", "q&a", "feed",
            "社交", "内容", "资讯", "新闻", "社区", "问答",
            "소셜", "콘텐츠", "뉴스",
            "ソーシャル", "ニュース", "コンテンツ"),
        Define("security", "Security", "安全", "보안", "セキュリティ",
            "security", "authentication", "vulnerability", "encryption", "compliance",
            "安全", "鉴权", "漏洞", "加密", "合规",
            "보안", "인증", "암호화",
            "セキュリティ", "認証", "暗号"),
        Define("blockchain", "Blockchain", "区块链", "블록체인", "ブロックチェーン",
            "blockchain", "crypto", "cryptocurrency", "ethereum", "on-chain", "ledger",
            "区块链", "以太坊", "链上", "账本", "加密货币",
            "블록체인", "암호화폐",
            "ブロックチェーン", "暗号資産"),
        Define("public-sector", "Government & public sector", "政府与公共部门", "공공 부문", "公共部門",
            "government", "public sector", "gov.uk",
            "政府", "政务", "公共服务",
            "정부", "공공",
            "政府", "行政"),
        Define("hardware-devices", "Devices & edge hardware", "设备与边缘硬件", "디바이스·하드웨어", "デバイス・ハードウェア",
            "device", "devices", "iot", "hardware", "embedded", "chip", "npu",
            "设备", "物联网", "芯片", "硬件", "嵌入式",
            "디바이스", "하드웨어",
            "デバイス", "ハードウェア"),
    ];

    private static readonly Dictionary<string, DomainDefinition> BySlug =
        All.ToDictionary(d => d.Slug, StringComparer.Ordinal);

    /// <summary>The domain with this slug, or null.</summary>
    public static DomainDefinition? Find(string slug) => BySlug.GetValueOrDefault(slug);

    private static DomainDefinition Define(string slug, string en, string zh, string ko, string ja, params string[] keywords) =>
        new(slug,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["en"] = en, ["zh"] = zh, ["ko"] = ko, ["ja"] = ja },
            keywords.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
}
