using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>projects.csv: the permanent ID of every project ever published.</summary>
public sealed class ProjectsMap : TableMap<Project>
{
    public Column<Project, string> Id { get; }
    public Column<Project, LocalizedText> Note { get; }

    internal ProjectsMap()
        : base(Tables.Projects, "事業台帳", "Project registry",
            "公表された全事業の恒久 ID。名称変更・移動・再掲でも ID は変わりません。",
            "Permanent IDs of every project ever published; they survive renames, moves and re-listings.")
    {
        Id = IdOf("id", p => p.Id, "事業ID", "Permanent project ID");
        Note = NotesOf(p => p.Note);
        PrimaryKey(Id);
    }

    public override Project Create(RecordCells c) => new(Id[c], Note[c]);
}
