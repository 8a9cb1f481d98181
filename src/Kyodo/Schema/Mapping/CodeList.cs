using System.Collections.Frozen;
using System.Text.Json;

namespace Kyodo.Schema.Mapping;

/// <summary>
/// A closed list of codes as the data writes them ("department-changed") and the value each stands for. The
/// code is spelled here once; everything else uses the value.
/// </summary>
public sealed class CodeList<T>
    where T : notnull
{
    private readonly FrozenDictionary<string, T> _byCode;
    private readonly FrozenDictionary<T, string> _byValue;

    public CodeList(params (string Code, T Value)[] pairs)
    {
        Codes = pairs.Select(p => p.Code).ToList();
        _byCode = pairs.ToFrozenDictionary(p => p.Code, p => p.Value, StringComparer.Ordinal);
        _byValue = pairs.ToFrozenDictionary(p => p.Value, p => p.Code);
    }

    /// <summary>The codes in the order they are documented.</summary>
    public IReadOnlyList<string> Codes { get; }

    public IEnumerable<T> Values => Codes.Select(c => _byCode[c]);

    public string Code(T value) => _byValue[value];

    public T Parse(string code) => _byCode[code];

    public bool TryParse(string? code, out T value)
    {
        if (code is not null && _byCode.TryGetValue(code, out var found))
        {
            value = found;
            return true;
        }
        value = default!;
        return false;
    }
}

/// <summary>Code lists made from an enum's members, in declaration order.</summary>
public static class CodeList
{
    /// <summary>DepartmentChanged → "department-changed".</summary>
    public static CodeList<T> Kebab<T>()
        where T : struct, Enum => From<T>(JsonNamingPolicy.KebabCaseLower);

    /// <summary>NotSurveyed → "not_surveyed".</summary>
    public static CodeList<T> Snake<T>()
        where T : struct, Enum => From<T>(JsonNamingPolicy.SnakeCaseLower);

    private static CodeList<T> From<T>(JsonNamingPolicy policy)
        where T : struct, Enum => new([.. Enum.GetValues<T>().Select(v => (policy.ConvertName(v.ToString()), v))]);
}
