namespace Kyodo.Rendering;

/// <summary>Splits a data text into runs of plain lines and runs of marked list lines.</summary>
public static class TextLines
{
    public sealed record LineGroup(bool IsList, IReadOnlyList<string> Lines);

    private static readonly char[] Marks = ['○', '〇', '・', '◆', '●', '◎', '※', '-'];

    public static bool IsMarked(string line) => line.Length > 0 && Marks.Contains(line[0]);

    public static IReadOnlyList<LineGroup> Group(string text)
    {
        var groups = new List<LineGroup>();
        var current = new List<string>();
        bool? currentIsList = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var isList = IsMarked(line);
            if (currentIsList is not null && currentIsList != isList)
            {
                groups.Add(new LineGroup(currentIsList.Value, current));
                current = [];
            }
            currentIsList = isList;
            current.Add(line);
        }
        if (currentIsList is not null) groups.Add(new LineGroup(currentIsList.Value, current));
        return groups;
    }
}
