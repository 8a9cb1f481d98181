using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>data/sdgs.csv: the 17 SDG goals, shared by every plan.</summary>
public sealed class SdgGoalsMap : TableMap<SdgGoal>
{
    public Column<SdgGoal, int> Goal { get; }
    public Column<SdgGoal, LocalizedText> Name { get; }
    public Column<SdgGoal, string> Colour { get; }

    internal SdgGoalsMap()
        : base("sdgs", "SDGs のゴール", "SDG goals", "持続可能な開発目標の17のゴール。", "The 17 Sustainable Development Goals.")
    {
        Goal = IntegerOf("goal", g => g.Goal, "ゴール番号", "Goal number");
        Name = LocalizedOf("name", g => g.Name, true, "名称", "Name");
        Colour = TextOf("colour", g => g.Colour, "色（#RRGGBB）", "Official colour (#RRGGBB)");
        PrimaryKey(Goal);
    }

    public override SdgGoal Create(RecordCells c) => new(Goal[c], Name[c], Colour[c]);
}
