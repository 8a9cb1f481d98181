namespace Kyodo.Schema;

/// <summary>The kinds of value a table cell can hold; each maps to a JSON Schema and Frictionless type.</summary>
public enum FieldType
{
    /// <summary>Free text, possibly several lines.</summary>
    Text,
    /// <summary>A permanent identifier: lowercase ASCII letters, digits and hyphens.</summary>
    Id,
    Integer,
    /// <summary>A decimal number kept at full precision.</summary>
    Number,
    /// <summary>A fiscal year in the Western calendar.</summary>
    Year,
    Boolean,
    /// <summary>One of a closed list of codes (fixed, or declared by the plan's configuration).</summary>
    Code,
    /// <summary>Integers separated by ";" (SDG goals).</summary>
    IntegerList,
    /// <summary>SDG target codes separated by ";" (17.14;3.a).</summary>
    SdgTargetList,
    /// <summary>"document-id#section", pointing into sources.csv.</summary>
    Source,
    /// <summary>A month, YYYY-MM.</summary>
    Month,
}
