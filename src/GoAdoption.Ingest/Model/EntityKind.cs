namespace GoAdoption.Ingest.Model;

/// <summary>What a named thing in a document is.</summary>
public enum EntityKind
{
    /// <summary>An organization that uses or builds with Go (Uber, 腾讯, GOV.UK).</summary>
    Company,

    /// <summary>A product or service with its own name, owned by a company (Toutiao → ByteDance, YouTube → Google).</summary>
    Product,

    /// <summary>A piece of software, usually open source (Kubernetes, etcd, TiKV).</summary>
    Project,
}
