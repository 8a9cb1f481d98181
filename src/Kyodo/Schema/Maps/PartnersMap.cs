using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>partners.csv: the kinds of collaboration partner (①–⑦ and the like).</summary>
public sealed class PartnersMap : TableMap<PartnerType>
{
    public Column<PartnerType, string> Id { get; }
    public Column<PartnerType, string> Symbol { get; }
    public Column<PartnerType, int> Seq { get; }
    public Column<PartnerType, LocalizedText> Name { get; }
    public Column<PartnerType, SourceRef> Source { get; }
    public Column<PartnerType, LocalizedText> Note { get; }

    internal PartnersMap()
        : base(Tables.Partners, "協働の相手", "Partner types",
            "協働の相手の種類（①〜⑦など）。名称が文書にない場合は空欄にし、注記にそう書きます。",
            "Types of collaboration partner (①–⑦ and the like); leave the name empty, and say so in the note, when the document prints only the symbol.")
    {
        Id = IdOf("id", p => p.Id, "ID", "ID");
        Symbol = TextOf("symbol", p => p.Symbol, "記号", "Symbol as printed");
        Seq = IntegerOf("seq", p => p.Seq, "順番", "Order");
        Name = LocalizedOf("name", p => p.Name, false, "名称", "Name");
        Source = SourceOf(p => p.Source);
        Note = NotesOf(p => p.Note);
        PrimaryKey(Id);
        Optional();
    }

    public override PartnerType Create(RecordCells c) => new(Id[c], Symbol[c], Seq[c], Name[c], Source[c], Note[c]);
}
