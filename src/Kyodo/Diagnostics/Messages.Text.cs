
namespace Kyodo.Diagnostics;

/// <summary>
/// Messages of the text rules (Loading.TextRules): the same for a cell, a YAML value and a Markdown page.
/// </summary>
public static partial class Messages
{
    /// <summary>
    /// A character the text rules refuse: a control character (KY042) or a character that changes how the text is
    /// shown or hides in it (KY044). <paramref name="label"/> names the cell's column or the YAML key; without one the
    /// place is the line and character of a file.
    /// </summary>
    public static Diagnostic RefusedCharacter(SourceLocation at, string? label, TextFinding found)
    {
        var where = label is null ? "" : $"「{label}」の {found.Position} 文字目に、";
        var whereEn = label is null ? "The text here contains" : $"\"{label}\" has, at position {found.Position},";
        var ja = CharacterNames.JapaneseName(found.CodePoint);
        if (found.Kind == TextCharacterKind.Control)
        {
            return Error("KY042", at,
                $"{(label is null ? "ここに" : where)}見えない制御文字（{ja}、{found.Name}）があります。",
                $"{whereEn} an invisible control character ({found.Name}).",
                "その文字を削除してください（Word やウェブページから貼り付けると入ることがあります）。改行はそのまま改行として入力します。",
                "Delete it (it comes with text pasted from word processors and web pages); "
                + "type a line break as an ordinary line break.");
        }
        return Error("KY044", at,
            $"{(label is null ? "ここに" : where)}見えない文字（{ja}、{found.Name}）があります。"
            + "このような文字は、前後の文字の並びを実際と違って見せることがあるため使えません。",
            $"{whereEn} an invisible character ({found.Name}); such characters can make the text around them "
            + "read differently from what it is, so they are not accepted.",
            "その文字を削除してください（ウェブページや他のアプリから貼り付けると入ることがあります。"
            + "テキストエディタの「制御文字を表示」で見えるようになります）。",
            "Delete it (it comes with text pasted from web pages and other applications; "
            + "an editor's \"show invisible characters\" makes it visible).");
    }

    /// <summary>Zero-width spaces or soft hyphens taken out of a value or a line (KY045, a warning).</summary>
    public static Diagnostic RemovedCharacters(
        SourceLocation at, string? label, IReadOnlyCollection<TextFinding> removed)
    {
        var names = string.Join(", ", removed.Select(r => r.Name).Distinct(StringComparer.Ordinal));
        var namesJa = string.Join("・",
            removed.Select(r => CharacterNames.JapaneseName(r.CodePoint)).Distinct(StringComparer.Ordinal));
        var first = removed.First();
        return Warning("KY045", at,
            (label is null ? "この行の" : $"「{label}」の {first.Position} 文字目などの")
            + $"見えない文字（{namesJa}、{names}）{removed.Count} 個を取り除いて公開します。",
            (label is null ? "This line holds" : $"\"{label}\" holds, from position {first.Position},")
            + $" {removed.Count} invisible character(s) ({names}), which are taken out of the published text.",
            "ウェブページなどから貼り付けたときに入る文字です。元のファイルからも削除してください。",
            "They come with text pasted from web pages; delete them from the file too.");
    }
}
