namespace Kyodo.Model;

/// <summary>The kinds of document a plan's data comes from.</summary>
public enum SourceKind
{
    Plan,
    Report,
    Overview,
}

/// <summary>Who acts, and for whom, in the plan's table of roles.</summary>
public enum Actor
{
    Citizens,
    NeighbourhoodAssociations,
    Npos,
    Businesses,
    City,
}

public sealed record Source(string Id, LocalizedText Title, LocalizedText Issuer, int FiscalYear, SourceKind Kind,
    string? Published, string SeedFile, LocalizedText Taken);

/// <summary>A reference to a document and a section within it ("city-2020-report#施策4").</summary>
public sealed record SourceRef(string DocumentId, string? Section)
{
    public static SourceRef Parse(string text)
    {
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? new SourceRef(text.Trim(), null) : new SourceRef(text[..hash].Trim(), text[(hash + 1)..].Trim());
    }

    public override string ToString() => Section is null ? DocumentId : $"{DocumentId}#{Section}";
}

/// <summary>The first level of the plan's hierarchy. <see cref="No"/> is the number as printed, when it differs from the ID.</summary>
public sealed record Policy(string Id, int Seq, LocalizedText Name, LocalizedText Aim, SourceRef Source, LocalizedText Note, string? No = null)
{
    /// <summary>The number shown to readers: as printed, or the ID.</summary>
    public string Number => No ?? Id;

    /// <summary>The number before a name: "1." for a bare number, "(1)" as it is when printed with its own marks.</summary>
    public string NumberPrefix => char.IsLetterOrDigit(Number[^1]) ? Number + "." : Number;
}

/// <summary>The second level of the plan's hierarchy. <see cref="No"/> is the number as printed ("(1)"), when it differs from the ID.</summary>
public sealed record Measure(string Id, string PolicyId, int Seq, LocalizedText Name, LocalizedText Aim, SourceRef Source, LocalizedText Note, string? No = null)
{
    /// <summary>The number shown to readers: as printed, or the ID.</summary>
    public string Number => No ?? Id;

    /// <summary>The number before a name: "1." for a bare number, "(1)" as it is when printed with its own marks.</summary>
    public string NumberPrefix => char.IsLetterOrDigit(Number[^1]) ? Number + "." : Number;
}

public sealed record KeyPoint(string Id, int Seq, LocalizedText Name, LocalizedText Text, SourceRef Source);

public sealed record RoleItem(Actor Actor, Actor Partner, int Seq, LocalizedText Text, SourceRef Source);

public sealed record Department(string Id, LocalizedText Bureau, LocalizedText Section, string? SuccessorId, SourceRef? Source, LocalizedText Note)
{
    /// <summary>Bureau and section as printed together (総務部人事課).</summary>
    public LocalizedText FullName => new(Bureau.Ja + Section.Ja,
        Bureau.Has(Language.En) && Section.Has(Language.En) ? $"{Section.En}, {Bureau.En}" : Section.En);
}

/// <summary>A kind of collaboration partner (①…). The name is empty when the source prints only the symbol.</summary>
public sealed record PartnerType(string Id, string Symbol, int Seq, LocalizedText Name, SourceRef Source, LocalizedText Note);

public sealed record SdgGoal(int Goal, LocalizedText Name, string Colour);
