using Kyodo.Model;

namespace Kyodo.Publishing;

/// <summary>What the open-data page shows of one plan: its data set, version, tables and package files.</summary>
public sealed record PlanDownloads(
    DatasetInfo Info,
    string Version,
    IReadOnlyList<PublishedTable> Tables,
    long ZipBytes,
    LocalizedText Citation,
    LocalizedText Attribution);
