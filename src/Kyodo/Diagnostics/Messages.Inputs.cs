namespace Kyodo.Diagnostics;

/// <summary>Messages about settings keys, numbers, Excel workbooks and the site's address.</summary>
public static partial class Messages
{
    /// <summary>A key of site.yaml or plan.yaml that the tool does not read (a misspelling is otherwise silently ignored).</summary>
    public static Diagnostic YamlUnknownKey(SourceLocation at, string key, string? suggestion) => Warning("KY067", at,
        suggestion is null
            ? $"項目「{key}」はこのファイルでは使われません（無視します）。"
            : $"項目「{key}」はこのファイルでは使われません（無視します）。「{suggestion}」のことですか。",
        suggestion is null
            ? $"The key \"{key}\" is not a setting of this file (it is ignored)."
            : $"The key \"{key}\" is not a setting of this file (it is ignored). Did you mean {suggestion}?",
        suggestion is null
            ? "綴りを確認し、docs/data-format.md にある項目名に直すか、行を削除してください。"
            : $"「{key}」を「{suggestion}」に直してください。",
        suggestion is null
            ? "Check the spelling against docs/data-format.md, or delete the line."
            : $"Rename \"{key}\" to \"{suggestion}\".");
}
