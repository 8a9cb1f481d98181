using System.CommandLine;
using Kyodo.Scaffolding;

namespace Kyodo.Cli;

/// <summary><c>kyodo new &lt;plan&gt;</c>: scaffolds a new plan folder (plan.yaml, empty tables, a README in Japanese).</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("plan") { Description = "ID of the new plan, also its folder name under data/ (e.g. tsukuba)." };
        var root = new Option<string?>("--root") { Description = "Project folder (default: the nearest folder upwards with data/site.yaml)." };
        var data = new Option<string?>("--data") { Description = "Data folder (default: <root>/data)." };
        var force = new Option<bool>("--force") { Description = "Replace the plan folder if it already exists." };
        var excel = new Option<bool>("--excel") { Description = "Write the tables as Excel workbooks (.xlsx) instead of CSV." };
        var cityJa = new Option<string?>("--city-ja") { Description = "The city's name in Japanese (e.g. つくば市)." };
        var cityEn = new Option<string?>("--city-en") { Description = "The city's name in English (e.g. Tsukuba City)." };
        var command = new Command("new", "Create a new plan folder to fill in: plan.yaml, every table with its header row, and a README in Japanese.\n新しい計画のフォルダ（plan.yaml、見出しだけの表、日本語の説明 README）を作ります。")
        {
            id, root, data, force, excel, cityJa, cityEn,
        };
        command.SetAction(result =>
        {
            var projectRoot = ProjectRoot.Find(result.GetValue(root));
            var dataDir = Path.GetFullPath(result.GetValue(data) ?? Path.Combine(projectRoot, "data"));
            return Run(dataDir, new ScaffoldOptions(result.GetValue(id)!, result.GetValue(cityJa), result.GetValue(cityEn), result.GetValue(force), result.GetValue(excel)),
                Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(string dataDirectory, ScaffoldOptions options, TextWriter output, TextWriter error)
    {
        var result = PlanScaffold.Create(dataDirectory, options);
        if (!result.Success)
        {
            error.WriteLine($"エラー: {result.ErrorJa}");
            error.WriteLine($"error: {result.ErrorEn}");
            return 1;
        }
        output.WriteLine($"{result.Directory} を作りました / created {result.Directory}:");
        foreach (var file in result.Files) output.WriteLine("  " + file);
        var siteYaml = Path.Combine(dataDirectory, "site.yaml");
        var listed = File.Exists(siteYaml) && File.ReadAllLines(siteYaml).Any(l => l.Trim() == "- " + options.PlanId);
        output.WriteLine();
        output.WriteLine("次にすること / next steps:");
        if (!listed)
        {
            output.WriteLine($"  - data/site.yaml の plans: に「- {options.PlanId}」を加える / add \"- {options.PlanId}\" to plans: in data/site.yaml");
        }
        output.WriteLine($"  - {options.PlanId}/README.md を読んで plan.yaml と表を埋める / fill in plan.yaml and the tables (see README.md)");
        output.WriteLine("  - kyodo validate、kyodo build / run kyodo validate, then kyodo build");
        return 0;
    }
}
