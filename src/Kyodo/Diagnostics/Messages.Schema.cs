namespace Kyodo.Diagnostics;

/// <summary>Messages of the check of every JSON download against its published schema.</summary>
public static partial class Messages
{
    /// <summary>A JSON download does not match the schema it names: a defect of Kyodo, never published.</summary>
    public static Diagnostic DownloadBreaksSchema(SourceLocation at, string pointer, string schema, string detail) =>
        Error("KY082", at,
            $"ダウンロード用の JSON が、自分の名乗るスキーマ（{schema}）に合いません（場所 {Shown(pointer)}：{detail}）。公開すると、このファイルを読むプログラムが誤ります。",
            $"The JSON download does not match the schema it names ({schema}) at {Shown(pointer)}: {detail}. Programs that read it would go wrong.",
            "これはデータではなく Kyodo の不具合です。このメッセージを添えて報告してください。",
            "This is a defect of Kyodo, not of the data: please report it with this message.");

    /// <summary>A JSON download names a schema the build does not publish.</summary>
    public static Diagnostic DownloadSchemaMissing(SourceLocation at, string schema) => Error("KY082", at,
        $"ダウンロード用の JSON が、公開されていないスキーマ（{schema}）を名乗っています。",
        $"The JSON download names a schema that the site does not publish ({schema}).",
        "これはデータではなく Kyodo の不具合です。このメッセージを添えて報告してください。",
        "This is a defect of Kyodo, not of the data: please report it with this message.");

    private static string Shown(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
