using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>indicators.csv: the indicators that measure the plan's outcomes.</summary>
public sealed class IndicatorsMap : TableMap<Indicator>
{
    public Column<Indicator, string> Id { get; }
    public Column<Indicator, IndicatorLevel> Level { get; }
    public Column<Indicator, string?> MeasureId { get; }
    public Column<Indicator, int> Seq { get; }
    public Column<Indicator, LocalizedText> Name { get; }
    public Column<Indicator, LocalizedText> Description { get; }
    public Column<Indicator, LocalizedText> Unit { get; }
    public Column<Indicator, int> Decimals { get; }
    public Column<Indicator, Direction> Direction { get; }
    public Column<Indicator, IndicatorKind> Kind { get; }
    public Column<Indicator, bool> Cumulative { get; }
    public Column<Indicator, int> BaselineYear { get; }
    public Column<Indicator, string?> DepartmentId { get; }
    public Column<Indicator, SourceRef> Source { get; }
    public Column<Indicator, LocalizedText> Note { get; }

    internal IndicatorsMap()
        : base(Tables.Indicators, "指標", "Indicators", "計画の成果を測る指標。", "Indicators that measure the plan's outcomes.")
    {
        Id = IdOf("id", i => i.Id, "指標ID", "Indicator ID");
        Level = CodeOf("level", Codes.IndicatorLevels, i => i.Level, "区分", "Level");
        MeasureId = OptionalRefOf("measure_id", Tables.Measures, i => i.MeasureId, "基本施策（基本指標のみ）", "Measure (basic indicators only)");
        Seq = IntegerOf("seq", i => i.Seq, "順番", "Order");
        Name = LocalizedOf("name", i => i.Name, true, "指標名", "Name");
        Description = LocalizedOf("description", i => i.Description, true, "説明", "Description");
        Unit = LocalizedOf("unit", i => i.Unit, true, ("単位（日本語）", "Unit (Japanese)"), ("単位（英語）", "Unit (English)"));
        Decimals = IntegerOf("decimals", i => i.Decimals, "表示する小数桁数", "Decimal places shown", new LocalizedText("桁", "digits"));
        Direction = CodeOf("direction", Codes.Directions, i => i.Direction, "望ましい方向", "Which way is better");
        Kind = CodeOf("kind", Codes.IndicatorKinds, i => i.Kind, "種類", "Target or monitoring indicator");
        Cumulative = BooleanOf("cumulative", i => i.Cumulative, true, "累計", "A running total (累計)");
        BaselineYear = YearOf("baseline_year", i => i.BaselineYear, "策定時の年度", "Baseline year");
        DepartmentId = OptionalRefOf("department_id", Tables.Departments, i => i.DepartmentId, "担当所属", "Responsible department");
        Source = SourceOf(i => i.Source);
        Note = NotesOf(i => i.Note);
        PrimaryKey(Id);
        ForeignKey([MeasureId], Tables.Measures);
        ForeignKey([DepartmentId], Tables.Departments);
        Optional();
    }

    public override Indicator Create(RecordCells c) => new(
        Id[c], Level[c], MeasureId[c], Seq[c], Name[c], Description[c], Unit[c], Decimals[c], Direction[c], Kind[c], Cumulative[c],
        BaselineYear[c], DepartmentId[c], Source[c], Note[c]);
}
