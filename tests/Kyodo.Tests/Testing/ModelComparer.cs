using System.Collections;
using System.Reflection;

namespace Kyodo.Tests.Testing;

/// <summary>
/// Compares two object graphs of the model property by property (lists element by element, in order) and
/// lists every difference by its path. Lookups derived from the lists (dictionaries) and where a value was
/// read from (file, line, folder) are not compared.
/// </summary>
public static class ModelComparer
{
    private static readonly HashSet<string> Ignored = ["File", "Line", "DataDirectory"];

    public static IReadOnlyList<string> Differences(object? expected, object? actual, string path = "")
    {
        var diffs = new List<string>();
        Compare(expected, actual, path, diffs);
        return diffs;
    }

    private static void Compare(object? a, object? b, string path, List<string> diffs)
    {
        if (diffs.Count > 50) return;
        if (a is null || b is null)
        {
            if (a is not null || b is not null) diffs.Add($"{path}: {Show(a)} ≠ {Show(b)}");
            return;
        }
        var type = a.GetType();
        if (type != b.GetType())
        {
            diffs.Add($"{path}: type {type.Name} ≠ {b.GetType().Name}");
            return;
        }
        if (type.IsPrimitive || type.IsEnum || a is string or decimal or DateTime or DateTimeOffset)
        {
            if (!a.Equals(b)) diffs.Add($"{path}: {Show(a)} ≠ {Show(b)}");
            return;
        }
        if (a is IDictionary) return;
        if (a is IEnumerable ea && b is IEnumerable eb)
        {
            if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))) return;
            var la = ea.Cast<object?>().ToList();
            var lb = eb.Cast<object?>().ToList();
            if (la.Count != lb.Count) diffs.Add($"{path}: {la.Count} items ≠ {lb.Count} items");
            for (int i = 0; i < Math.Min(la.Count, lb.Count); i++) Compare(la[i], lb[i], $"{path}[{i}]", diffs);
            return;
        }
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (Ignored.Contains(p.Name) || p.GetIndexParameters().Length > 0) continue;
            if (p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition().Name.Contains("Dictionary", StringComparison.Ordinal)) continue;
            Compare(p.GetValue(a), p.GetValue(b), path + "." + p.Name, diffs);
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + (s.Length > 60 ? s[..60] + "…" : s) + "\"",
        _ => value.ToString() ?? "",
    };
}
