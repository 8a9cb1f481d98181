using System.CommandLine;
using Kyodo.Engine;
using Kyodo.Loading;

namespace Kyodo.Cli;

/// <summary>Options shared by the verbs that read a project.</summary>
public sealed class CommonOptions
{
    public Option<string?> Root { get; } = new("--root") { Description = "Project folder (default: the nearest folder upwards with data/site.yaml)." };
    public Option<string?> Data { get; } = new("--data") { Description = "Data folder with site.yaml and one folder per plan (default: <root>/data)." };
    public Option<string?> Input { get; } = new("--input") { Description = "Markdown content folder with ja/ and en/ (default: <root>/input)." };
    public Option<string[]> Plan { get; } = new("--plan") { Description = "Only this plan (repeatable; default: every plan in site.yaml).", AllowMultipleArgumentsPerToken = true };
    public Option<string> Lang { get; } = new("--lang") { Description = "Language of messages: ja, en or both.", DefaultValueFactory = _ => "both" };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Data);
        command.Options.Add(Input);
        command.Options.Add(Plan);
        command.Options.Add(Lang);
        Lang.AcceptOnlyFromAmong("ja", "en", "both");
    }

    public SitePaths Paths(ParseResult result)
    {
        var root = ProjectRoot.Find(result.GetValue(Root));
        return SitePaths.For(root, result.GetValue(Data), result.GetValue(Input));
    }
}

/// <summary>Options of the verbs that write a site.</summary>
public sealed class OutputOptions
{
    public Option<string?> Out { get; } = new("--out") { Description = "Output folder (default: <root>/_site). Replaced only when the build succeeds." };
    public Option<string?> BasePath { get; } = new("--base-path") { Description = "Path the site is served under, e.g. /kyodo/ for a GitHub Pages project site (default: /)." };
    public Option<string?> SiteUrl { get; } = new("--site-url") { Description = "Canonical site URL for canonical links, sitemap and feeds (default: site_url in data/site.yaml)." };
    public Option<bool> NoSearch { get; } = new("--no-search") { Description = "Skip the search index (Pagefind), e.g. for a quick preview." };
    public Option<bool> Force { get; } = new("--force") { Description = "Replace the output folder even if it holds files no build wrote (they are deleted). Without it such a folder is refused." };
    public Option<bool> Audit { get; } = new("--audit") { Description = "Audit every page in headless Chromium (axe-core WCAG 2.2 A/AA, keyboard, 320 px) and publish the results on the accessibility page; violations fail the build. Needs chromium." };

    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(BasePath);
        command.Options.Add(SiteUrl);
        command.Options.Add(NoSearch);
        command.Options.Add(Audit);
        command.Options.Add(Force);
    }

    public BuildOptions Build(ParseResult result, SitePaths paths, IReadOnlyList<string> plans) => new()
    {
        OutputDirectory = result.GetValue(Out) ?? Path.Combine(paths.Root, "_site"),
        BasePath = result.GetValue(BasePath),
        SiteUrl = result.GetValue(SiteUrl),
        Plans = plans,
        RunNodeTools = !result.GetValue(NoSearch),
        Audit = result.GetValue(Audit),
        Force = result.GetValue(Force),
    };
}
