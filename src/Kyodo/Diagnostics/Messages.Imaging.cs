namespace Kyodo.Diagnostics;

/// <summary>Messages of the images the build draws: the social preview cards and the charts' PNG downloads.</summary>
public static partial class Messages
{
    public static Diagnostic ImageFontMissing(SourceLocation at, string family) => Error("KY083", at,
        $"画像（SNS 用のカードとグラフの PNG）を描くフォント「{family}」が見つかりません。フォントがないまま描くと、文字が□になります。",
        $"The font \"{family}\", which draws the images (social preview cards and chart PNGs), is not installed; " +
        "without it the text would be drawn as boxes.",
        "Debian や Ubuntu では sudo apt-get install fonts-noto-cjk fontconfig でフォントを入れてから、もう一度ビルドしてください" +
        $"（fc-list | grep \"{family}\" で見つかるか確かめられます）。",
        "On Debian or Ubuntu install it with sudo apt-get install fonts-noto-cjk fontconfig, then build again " +
        $"(fc-list | grep \"{family}\" shows whether it is found).");

    public static Diagnostic ImageGlyphMissing(SourceLocation at, string character, string text) => Error("KY084", at,
        $"「{text}」の文字 {character} を描けるフォントがありません。画像に□を描かないよう、ビルドを止めました。",
        $"No installed font can draw the character {character} of \"{text}\"; " +
        "the build stops rather than draw a box in its place.",
        "その文字（絵文字など）をほかの文字に置き換えるか、その文字を含むフォント（たとえば fonts-noto-color-emoji）を入れてください。",
        "Replace the character (an emoji, for example) with another, " +
        "or install a font that has it (for example fonts-noto-color-emoji).");
}
