using System.Text.RegularExpressions;
using Kyodo.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace Kyodo.Tests.Deploy;

/// <summary>.github/workflows/pages.yml: parses, uses only GitHub's own actions, tests before it deploys.</summary>
public sealed partial class PagesWorkflowTests
{
    private static readonly string File = Path.Combine(Repo.Root, ".github", "workflows", "pages.yml");

    /// <summary>The official actions the workflow may use (docs/deploy.md lists them).</summary>
    private static readonly HashSet<string> Allowed =
        ["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"];

    [GeneratedRegex(@"^(?<name>[a-z-]+/[a-z-]+)@v\d+$")]
    private static partial Regex UsesPattern();

    private static YamlMappingNode Root()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(File);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Map(Map(Root(), "jobs"), job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    [Fact]
    public void Workflow_RunsOnPushToMain()
    {
        var on = Map(Root(), "on");
        var branches = (YamlSequenceNode)Map(on, "push").Children[new YamlScalarNode("branches")];

        Assert.Contains("main", branches.Children.Select(b => ((YamlScalarNode)b).Value));
    }

    [Fact]
    public void Workflow_UsesOnlyTheOfficialActions_AndNoToken()
    {
        var jobs = Map(Root(), "jobs");
        var uses = jobs.Children.Keys.SelectMany(job => Steps(((YamlScalarNode)job).Value!)).Select(s => Scalar(s, "uses")).OfType<string>().ToList();

        Assert.All(uses, u =>
        {
            var match = UsesPattern().Match(u);
            Assert.True(match.Success && Allowed.Contains(match.Groups["name"].Value), $"{u} is not one of the official actions allowed");
        });
        foreach (var required in new[] { "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages" })
        {
            Assert.Contains(uses, u => u.StartsWith(required + "@", StringComparison.Ordinal));
        }
        var text = System.IO.File.ReadAllText(File);
        Assert.DoesNotContain("secrets.", text);
        var permissions = Map(Root(), "permissions");
        Assert.Equal("write", Scalar(permissions, "pages"));
        Assert.Equal("write", Scalar(permissions, "id-token"));
        Assert.Equal("read", Scalar(permissions, "contents"));
    }

    [Fact]
    public void Build_TestsFirst_ThenBuildsWithTheReadmeCommandForThePagesAddress()
    {
        var readmeBuild = System.IO.File.ReadLines(Path.Combine(Repo.Root, "README.md"))
            .Select(l => l.Split('#')[0].Trim())
            .First(l => l.StartsWith("dotnet run", StringComparison.Ordinal) && l.EndsWith(" build", StringComparison.Ordinal));
        var steps = Steps("build");
        int IndexOf(Func<YamlMappingNode, bool> predicate) => steps.Select((s, i) => (s, i)).First(x => predicate(x.s)).i;

        var configure = IndexOf(s => Scalar(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        var test = IndexOf(s => Scalar(s, "run")?.Contains("dotnet test", StringComparison.Ordinal) == true);
        var build = IndexOf(s => Scalar(s, "run")?.Contains(readmeBuild, StringComparison.Ordinal) == true);
        var upload = IndexOf(s => Scalar(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);

        Assert.True(configure < build && test < build && build < upload, $"configure {configure}, test {test}, build {build}, upload {upload}");
        // Tests run unless a repository explicitly opts out (a city's fork with its own data, docs/deploy.md).
        Assert.Equal("vars.KYODO_SKIP_TESTS != 'true'", Scalar(steps[test], "if") ?? "vars.KYODO_SKIP_TESTS != 'true'");
        Assert.Null(Scalar(steps[build], "if"));
        var run = Scalar(steps[build], "run")!;
        Assert.Contains("--base-path \"$BASE_PATH/\"", run);
        Assert.Contains("--site-url \"$SITE_URL\"", run);
        // The published accessibility page shows the audit of the build that made it.
        Assert.Contains(" build --audit ", run);
        var env = Map(steps[build], "env");
        Assert.Equal("${{ steps.pages.outputs.base_path }}", Scalar(env, "BASE_PATH"));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Scalar(env, "SITE_URL"));
        Assert.Equal("_site", Scalar(Map(steps[upload], "with"), "path"));
    }

    [Fact]
    public void Deploy_WaitsForTheBuild_AndDeploysToThePagesEnvironment()
    {
        var deploy = Map(Map(Root(), "jobs"), "deploy");

        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal("github-pages", Scalar(Map(deploy, "environment"), "name"));
        Assert.Contains(Steps("deploy"), s => Scalar(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
    }

    /// <summary>The build draws its images in Noto Sans CJK JP found through fontconfig (KY083 without it).</summary>
    [Fact]
    public void WorkflowAndCi_InstallTheImageFontsBeforeTheTests()
    {
        var steps = Steps("build").ToList();
        var fonts = steps.FindIndex(s => Scalar(s, "run")?.Contains("apt-get install", StringComparison.Ordinal) == true);
        var test = steps.FindIndex(s => Scalar(s, "run")?.Contains("dotnet test", StringComparison.Ordinal) == true);
        Assert.InRange(fonts, 0, test - 1);
        var ci = System.IO.File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run"));
        foreach (var package in new[] { "fonts-noto-cjk", "fontconfig" })
        {
            Assert.Matches($@"apt-get install .*\b{package}\b", Scalar(steps[fonts], "run")!);
            Assert.Matches($@"apt-get install .*\b{package}\b", ci);
        }
    }
}
