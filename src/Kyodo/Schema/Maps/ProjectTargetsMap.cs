using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>project_targets.csv: a project's target indicators (baseline, target and current value).</summary>
public sealed class ProjectTargetsMap : TableMap<ProjectTarget>
{
    public Column<ProjectTarget, string> ProjectId { get; }
    public Column<ProjectTarget, int> Year { get; }
    public Column<ProjectTarget, int> Seq { get; }
    public Column<ProjectTarget, LocalizedText> Name { get; }
    public Column<ProjectTarget, bool> Qualitative { get; }
    public Column<ProjectTarget, LocalizedText> Unit { get; }
    public PointColumns Baseline { get; }
    public PointColumns Target { get; }
    public PointColumns Current { get; }
    public Column<ProjectTarget, ValueStatus> CurrentStatus { get; }
    public Column<ProjectTarget, SourceRef> Source { get; }
    public Column<ProjectTarget, LocalizedText> Note { get; }

    internal ProjectTargetsMap()
        : base(Tables.ProjectTargets, "事業の目標指標", "Project targets",
            "事業ごとの目標指標：基準値・目標値・現状値。数値の指標と、状態を言葉で表す指標（qualitative）があります。",
            "A project's target indicators: baseline, target and current value, numeric or qualitative (a state in words).")
    {
        ProjectId = RefOf("project_id", Tables.Projects, t => t.ProjectId, "事業ID", "Project ID");
        Year = YearOf("year", t => t.Year, "年度（版）", "Edition year");
        Seq = IntegerOf("seq", t => t.Seq, "順番", "Order within the entry");
        Name = LocalizedOf("name", t => t.Name, true, "指標名", "Indicator name");
        Qualitative = BooleanOf("qualitative", t => t.Qualitative, true,
            "言葉で表す指標か（true / false）", "True when the values are states in words, not numbers");
        Unit = LocalizedOf("unit", t => t.Unit, false, ("単位（日本語）", "Unit (Japanese, as printed)"), ("単位（英語）", "Unit (English)"));
        Baseline = Point("baseline", t => t.Baseline, "基準値", "Baseline");
        Target = Point("target", t => t.Target, "目標値", "Target");
        Current = Point("current", t => t.Current, "現状値", "Current value");
        CurrentStatus = CodeOf("current_status", Codes.ValueStatuses, t => t.CurrentStatus, "現状値の状態", "Status of the current value");
        Source = SourceOf(t => t.Source);
        Note = NotesOf(t => t.Note);
        PrimaryKey(ProjectId, Year, Seq);
        ForeignKey([ProjectId, Year], Tables.ProjectYears, "project_id", "year");
        Optional();
    }

    /// <summary>The four columns of one value of a target: its year, number, state in words and printed form.</summary>
    public sealed record PointColumns(
        string Stem,
        Column<ProjectTarget, int?> Year,
        Column<ProjectTarget, decimal?> Value,
        Column<ProjectTarget, LocalizedText> Words,
        Column<ProjectTarget, string?> Printed)
    {
        public TargetPoint this[RecordCells c] => new(Year[c], Value[c], Words[c], Printed[c]);
    }

    private PointColumns Point(string stem, Func<ProjectTarget, TargetPoint> point, string ja, string en) => new(
        stem,
        OptionalYearOf(stem + "_year", t => point(t).Year, ja + "の年度", en + ": fiscal year"),
        OptionalNumberOf(stem + "_value", t => point(t).Value, ja + "（数値の指標）", en + ": number (numeric indicators)"),
        LocalizedOf(stem, t => point(t).Text, false, ja + "（言葉で表す状態）", en + ": state in words (qualitative indicators)"),
        OptionalTextOf(stem + "_printed", t => point(t).Printed, ja + "（文書での表記）", en + ": the cell as printed"));

    public override ProjectTarget Create(RecordCells c) => new(
        ProjectId[c], Year[c], Seq[c], Name[c], Qualitative[c], Unit[c], Baseline[c], Target[c], Current[c], CurrentStatus[c], Source[c], Note[c]);
}
