namespace Kyodo.Model;

/// <summary>The two languages of the site. Japanese is the language of the source documents.</summary>
public enum Language
{
    Ja,
    En,
}

public static class LanguageExtensions
{
    public static readonly IReadOnlyList<Language> All = [Language.Ja, Language.En];

    /// <summary>BCP 47 tag used in lang attributes and file names.</summary>
    public static string Tag(this Language language) => language == Language.Ja ? "ja" : "en";

    public static Language Other(this Language language) => language == Language.Ja ? Language.En : Language.Ja;

    public static bool TryParse(string? tag, out Language language)
    {
        switch (tag?.Trim().ToLowerInvariant())
        {
            case "ja": language = Language.Ja; return true;
            case "en": language = Language.En; return true;
            default: language = Language.Ja; return false;
        }
    }
}

/// <summary>
/// A text in Japanese (authoritative) and English (an unofficial translation by the project, or null when
/// not yet translated). Rendering never shows a blank: missing English falls back to Japanese, marked.
/// </summary>
public sealed record LocalizedText(string Ja, string? En)
{
    public static readonly LocalizedText Empty = new("", "");

    public static LocalizedText Both(string text) => new(text, text);

    public bool IsEmpty => Ja.Length == 0 && string.IsNullOrEmpty(En);

    /// <summary>True when <paramref name="language"/> has its own text (not a fallback).</summary>
    public bool Has(Language language) => language == Language.Ja ? Ja.Length > 0 : !string.IsNullOrEmpty(En);

    /// <summary>The text in <paramref name="language"/>, or the Japanese when English is missing.</summary>
    public string In(Language language) => language == Language.En && !string.IsNullOrEmpty(En) ? En : Ja;

    public override string ToString() => Ja;
}
