using Kyodo.Diagnostics;
using Kyodo.Model;
using Kyodo.Schema;
using Kyodo.Schema.Mapping;
using Kyodo.Schema.Maps;
using Kyodo.Validation;

namespace Kyodo.Loading;

/// <summary>
/// Loads a plan folder (plan.yaml and its tables) into the immutable model and runs every check on it.
/// All problems are collected; the plan is returned only when there were no errors.
/// </summary>
public static class PlanLoader
{
    public static Plan? Load(string planDirectory, string displayRoot, IReadOnlyList<SdgGoal> sdgs, DiagnosticBag diagnostics)
    {
        var files = new DataFiles(planDirectory, displayRoot, diagnostics);
        var before = diagnostics.Sorted().Count(d => d.IsError);

        var configPath = Path.Combine(planDirectory, "plan.yaml");
        var configText = files.ReadText(configPath);
        var config = configText is null ? null : PlanConfigReader.Read(configText, files.Display(configPath), diagnostics, Path.GetFileName(Path.TrimEndingDirectorySeparator(planDirectory)));

        var tables = ReadTables(files);
        var tableFiles = Tables.All.Select(t => (t.Name, Path: files.Find(t))).Where(x => x.Path is not null)
            .ToDictionary(x => x.Name, x => x.Path!, StringComparer.Ordinal);
        if (config is null) return null;

        // Duplicated keys are findings of validation; the model (thrown away when there are errors) is built from the
        // first row of each key so that indexing cannot fail.
        List<T> First<T>(TableMap<T> map) => [.. tables.Of(map).FirstOfEachKey(map)];
        var plan = new Plan(
            config,
            First(TableMaps.Sources),
            First(TableMaps.Policies),
            First(TableMaps.Measures),
            First(TableMaps.KeyPoints),
            First(TableMaps.Roles),
            First(TableMaps.Departments),
            First(TableMaps.Partners),
            First(TableMaps.Projects),
            [.. First(TableMaps.ProjectYears), .. First(TableMaps.Relistings)],
            First(TableMaps.Lineage),
            First(TableMaps.Metrics),
            First(TableMaps.ProjectTargets),
            First(TableMaps.Indicators),
            First(TableMaps.IndicatorValues),
            First(TableMaps.IndicatorTargets),
            First(TableMaps.IndicatorAssessments),
            First(TableMaps.SeriesBreaks),
            First(TableMaps.Commentary),
            First(TableMaps.Summaries),
            sdgs,
            planDirectory)
        {
            TableFiles = tableFiles,
        };

        PlanValidator.Validate(plan, tables, diagnostics);
        var after = diagnostics.Sorted().Count(d => d.IsError);
        return after > before ? null : plan;
    }

    /// <summary>Every table of a plan folder, each read through its map (cells checked, records typed; nothing cross-checked).</summary>
    public static TableSet ReadTables(DataFiles files)
    {
        var tables = new TableSet();
        var reader = new Reader(files, tables);
        foreach (var map in TableMaps.Plan) map.Accept(reader);
        return tables;
    }

    /// <summary>Reads each table of the folder through its map.</summary>
    private sealed class Reader(DataFiles files, TableSet tables) : ITableMapVisitor<bool>
    {
        public bool Visit<TRecord>(TableMap<TRecord> map)
        {
            tables.Add(map, files.Read(map));
            return true;
        }
    }
}
