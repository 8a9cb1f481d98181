namespace Kyodo.Schema;

/// <summary>
/// The version of the published data format (the tables of <see cref="Tables"/> and <see cref="DerivedTables"/>,
/// their JSON form and the per-entity files). A released version never changes: any change to what a
/// table holds or how it is written needs a new version (major when a reader of the old files would break),
/// with its schemas committed under <c>schema/&lt;version&gt;/</c> beside the older ones.
/// </summary>
public static class SchemaVersion
{
    public const string Current = "1.0.0";

    /// <summary>The folder of the repository (and of the site) that holds the released JSON Schemas.</summary>
    public const string Folder = "schema";
}
