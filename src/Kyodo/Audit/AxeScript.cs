using System.Text.Json;

namespace Kyodo.Audit;

/// <summary>
/// axe-core as installed from package-lock.json (node_modules/axe-core): its source, to be evaluated in the
/// page, its version, and the Japanese texts of its rules (axe-core's own ja locale) for the report.
/// </summary>
public sealed record AxeScript(string Source, string Version, IReadOnlyDictionary<string, string> JapaneseHelp)
{
    /// <summary>Reads axe-core from <paramref name="root"/>/node_modules; null when it is not installed.</summary>
    public static AxeScript? Load(string root)
    {
        var dir = Path.Combine(root, "node_modules", "axe-core");
        var script = Path.Combine(dir, "axe.min.js");
        var package = Path.Combine(dir, "package.json");
        if (!File.Exists(script) || !File.Exists(package)) return null;

        using var pkg = JsonDocument.Parse(File.ReadAllText(package));
        var version = pkg.RootElement.GetProperty("version").GetString() ?? "";

        var help = new Dictionary<string, string>(StringComparer.Ordinal);
        var locale = Path.Combine(dir, "locales", "ja.json");
        if (File.Exists(locale))
        {
            using var ja = JsonDocument.Parse(File.ReadAllText(locale));
            if (ja.RootElement.TryGetProperty("rules", out var rules))
            {
                foreach (var rule in rules.EnumerateObject())
                {
                    if (rule.Value.TryGetProperty("help", out var h) && h.GetString() is { Length: > 0 } text) help[rule.Name] = text;
                }
            }
        }
        return new AxeScript(File.ReadAllText(script), version, help);
    }
}
