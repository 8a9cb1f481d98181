using Kyodo.Rendering;

namespace Kyodo.Tests.Rendering;

public sealed class LangRunsTests
{
    [Fact]
    public void Split_EnglishQuotingAJapaneseName_MarksOnlyTheJapanese()
    {
        var runs = LangRuns.Split("少年団体中級指導者研修事業 is listed only in the 2018 plan.");

        Assert.Equal([("少年団体中級指導者研修事業", true), (" is listed only in the 2018 plan.", false)], runs);
    }

    [Fact]
    public void Split_FullWidthDigitsAndBracketsInsideJapanese_StayInOneRun()
    {
        var runs = LangRuns.Split("The list 【完了等】 names ５Ｒ推進事業（ごみ減量推進事業） too.");

        Assert.Equal(["【完了等】", "５Ｒ推進事業（ごみ減量推進事業）"], runs.Where(r => r.IsJapanese).Select(r => r.Text));
        Assert.Equal("The list 【完了等】 names ５Ｒ推進事業（ごみ減量推進事業） too.", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void Split_AsciiDigitsBetweenJapanese_JoinTheRun()
    {
        Assert.Equal([("第2次計画", true)], LangRuns.Split("第2次計画"));
    }

    [Theory]
    [InlineData("FY2020: 24 courses (FY2019: 30)")]
    [InlineData("Citizens — “Smile, Speed, Smart”")]
    [InlineData("")]
    public void Split_PlainEnglish_IsOneUnmarkedRunOrNone(string text)
    {
        Assert.False(LangRuns.HasJapanese(text));
        Assert.All(LangRuns.Split(text), r => Assert.False(r.IsJapanese));
    }
}
