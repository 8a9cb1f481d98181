namespace Kyodo.Tests.Corpus;

/// <summary>A finding a broken input must produce: its code and where it points (0 = whole file / whole line).</summary>
public sealed record Expected(string Code, string File, int Line, int Column, bool Warning = false)
{
    public override string ToString() => $"{(Warning ? "warning" : "error")} {Code} {File}:{Line}:{Column}";
}

/// <summary>
/// One entry of the corpus: what the clerk did to the sample data set, and exactly the findings it must
/// produce (no more, no fewer). An empty list means the input is accepted by a documented rule.
/// </summary>
public sealed record CorpusCase(string Name, string What, Action<Workspace> Arrange, IReadOnlyList<Expected> Findings)
{
    /// <summary>For accepted inputs: the site must be byte-for-byte the sample's own (same data, other spelling).</summary>
    public bool SameSiteAsSample { get; init; }

    /// <summary>Text the Japanese or English message must contain (the corrected value, the suggested name …).</summary>
    public IReadOnlyList<string> MessageContains { get; init; } = [];

    public bool Accepted => Findings.All(f => f.Warning);

    public override string ToString() => Name;
}
