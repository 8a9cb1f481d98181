using Kyodo.Diagnostics;

namespace Kyodo.Cli;

/// <summary>Prints findings for the person at the terminal, in Japanese, English or both.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string language, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var label = d.IsError ? "error" : "warning";
            var labelJa = d.IsError ? "エラー" : "警告";
            if (language is "ja" or "both")
            {
                writer.WriteLine($"{labelJa} {d.Code}: {d.Location.ToJapanese()}");
                writer.WriteLine($"  {d.MessageJa}");
                writer.WriteLine($"  直し方: {d.FixJa}");
            }
            if (language is "en" or "both")
            {
                if (language == "en") writer.WriteLine($"{label} {d.Code}: {d.Location}");
                writer.WriteLine($"  {d.MessageEn}");
                writer.WriteLine($"  Fix: {d.FixEn}");
            }
            writer.WriteLine();
        }
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (language is "ja" or "both") writer.WriteLine($"エラー {errors} 件、警告 {warnings} 件");
        if (language is "en" or "both") writer.WriteLine($"{errors} error(s), {warnings} warning(s)");
    }
}
