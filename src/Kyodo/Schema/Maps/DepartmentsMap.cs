using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>departments.csv: the city's departments; renames are linked through successor_id.</summary>
public sealed class DepartmentsMap : TableMap<Department>
{
    public Column<Department, string> Id { get; }
    public Column<Department, LocalizedText> Bureau { get; }
    public Column<Department, LocalizedText> Section { get; }
    public Column<Department, string?> SuccessorId { get; }
    public Column<Department, SourceRef?> Source { get; }
    public Column<Department, LocalizedText> Note { get; }

    internal DepartmentsMap()
        : base(Tables.Departments, "担当所属", "Departments",
            "事業と指標を担当する市の所属。名称変更は successor_id でつなぎます。",
            "City departments responsible for projects and indicators; renames are linked through successor_id.")
    {
        Id = IdOf("id", d => d.Id, "所属ID", "Department ID");
        Bureau = LocalizedOf("bureau", d => d.Bureau, false, "部", "Bureau");
        Section = LocalizedOf("section", d => d.Section, true, "課・館など", "Division");
        SuccessorId = OptionalRefOf("successor_id", Tables.Departments, d => d.SuccessorId, "名称変更・統合後の所属", "Department it was renamed or merged into");
        Source = OptionalSourceOf(d => d.Source);
        Note = NotesOf(d => d.Note);
        PrimaryKey(Id);
        ForeignKey([SuccessorId], Tables.Departments);
    }

    public override Department Create(RecordCells c) => new(Id[c], Bureau[c], Section[c], SuccessorId[c], Source[c], Note[c]);
}
