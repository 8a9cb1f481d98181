using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Scaffolding;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

public sealed class AssetsTests
{
    [Fact]
    public void Minify_DropsCommentsAndSpareSpace_KeepsStringsCalcAndCombinators()
    {
        const string css = """
            /* why this rule exists */
            .breadcrumbs li + li::before {
              content: " ›  /* not a comment */ ";
              margin: 0 0.5rem;
              color: white;
            }
            @media (max-width: 40rem) and (min-width: 20rem) {
              .a > .b, .c :focus { width: calc(100% - 2 * 1rem); }
            }
            """;
        var diagnostics = new DiagnosticBag();

        var minified = Assets.Minify(css, "theme/styles/00-base.css", diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(
            ".breadcrumbs li+li::before{content:\" ›  /* not a comment */ \";margin:0 .5rem;color:white}" +
            "@media(max-width:40rem) and (min-width:20rem){.a>.b,.c :focus{width:calc(100% - 2*1rem)}}",
            minified);
    }

    [Fact]
    public void Minify_TheThemesStyleSheets_KeepsEveryRuleInOrder_WithoutError()
    {
        var diagnostics = new DiagnosticBag();
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "theme", "styles"), "*.css").Order(StringComparer.Ordinal).ToList();
        var source = string.Concat(files.Select(File.ReadAllText));

        var minified = string.Concat(files.Select(f => Assets.Minify(File.ReadAllText(f), f, diagnostics)));

        Assert.Empty(diagnostics.Sorted().Select(d => d.Format()));
        Assert.True(minified.Length < source.Length * 0.85, $"{minified.Length} of {source.Length} bytes");
        Assert.DoesNotContain("/*", minified, StringComparison.Ordinal);
        Assert.Equal(Selectors(Significant(source)), Selectors(minified));
    }

    [Fact]
    public void Minify_BrokenStyleSheet_IsABuildErrorAtItsFileAndLine()
    {
        var diagnostics = new DiagnosticBag();

        Assets.Minify("a { color: red; }\n.b { width: calc(1px + ); }\n", "theme/styles/50-extra.css", diagnostics);

        var error = diagnostics.Sorted()[0];
        Assert.Equal("KY086", error.Code);
        Assert.True(error.IsError);
        Assert.Equal(("theme/styles/50-extra.css", 2), (error.Location.File, error.Location.Line));
        Assert.Contains("スタイルシート", error.MessageJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithABrokenStyleSheet_Fails_NamingTheFile()
    {
        using var temp = new TempDir();
        temp.Write("data/site.yaml", "title:\n  ja: テスト\n  en: Test\nsite_url: https://example.org/test\nplans:\n  - tsukuba\n");
        File.Copy(Path.Combine(Repo.Root, "data", "sdgs.csv"), temp.Combine("data", "sdgs.csv"));
        Assert.True(PlanScaffold.Create(temp.Combine("data"), new ScaffoldOptions("tsukuba")).Success);
        TempDir.CopyTree(Repo.Paths.Input, temp.Combine("input"));
        TempDir.CopyTree(Repo.Paths.Theme, temp.Combine("theme"));
        temp.Write("theme/styles/99-broken.css", ".oops { color: red;\n");
        var paths = SitePaths.For(temp.Path);

        using var site = new SiteBuild(paths: paths);

        Assert.False(site.Result.Success);
        Assert.Contains(site.Result.Diagnostics, d => d.Code == "KY086" && d.Location.File == "theme/styles/99-broken.css");
    }

    /// <summary>Each rule's selector (or at-rule prelude), without white space: the rules and their order.</summary>
    private static List<string> Selectors(string css) =>
        css.Split('}').Select(r => r.Split('{')[0].Replace(" ", "", StringComparison.Ordinal)).Where(s => s.Length > 0).ToList();

    /// <summary>The CSS without comments and line breaks, strings kept as they are.</summary>
    private static string Significant(string css)
    {
        var result = new StringBuilder();
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                i = css.IndexOf("*/", i + 2, StringComparison.Ordinal) + 1;
            }
            else if (css[i] is '"' or '\'')
            {
                var end = css.IndexOf(css[i], i + 1);
                result.Append(css, i, end - i + 1);
                i = end;
            }
            else
            {
                result.Append(char.IsWhiteSpace(css[i]) ? ' ' : css[i]);
            }
        }
        return result.ToString();
    }
}
