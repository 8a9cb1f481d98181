using System.CommandLine;
using Kyodo.Cli;

var root = new RootCommand("Kyodo publishes a city's plan and its yearly results as a bilingual static site with open data.\nKyodo は市の計画と毎年の実績を、日英2言語のサイトとオープンデータとして公開します。");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(UrlsCommand.Create());
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(SynthCommand.Create());
return root.Parse(args).Invoke();
