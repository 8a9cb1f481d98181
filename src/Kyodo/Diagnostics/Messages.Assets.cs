namespace Kyodo.Diagnostics;

public static partial class Messages
{
    // The theme's style sheets.
    public static Diagnostic CssError(SourceLocation at, string detail) => Error("KY086", at,
        $"スタイルシートに誤りがあります（{detail}）。このままではページの見た目が崩れます。",
        $"The style sheet has an error ({detail}); the pages would not look as intended.",
        "示された行と列の CSS を直してください（括弧や引用符の閉じ忘れ、セミコロンの抜けがないか確かめます）。",
        "Correct the CSS at the line and column shown (look for an unclosed bracket or quote, or a missing semicolon).");
}
