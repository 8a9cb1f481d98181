using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>sources.csv: the city's documents the data was transcribed from.</summary>
public sealed class SourcesMap : TableMap<Source>
{
    public Column<Source, string> Id { get; }
    public Column<Source, LocalizedText> Title { get; }
    public Column<Source, LocalizedText> Issuer { get; }
    public Column<Source, int> FiscalYear { get; }
    public Column<Source, SourceKind> Kind { get; }
    public Column<Source, string?> Published { get; }
    public Column<Source, string> SeedFile { get; }
    public Column<Source, LocalizedText> Taken { get; }

    internal SourcesMap()
        : base(Tables.Sources, "出典文書", "Source documents",
            "データの出典となった市の公表文書。", "The city's published documents the data was transcribed from.")
    {
        Id = IdOf("id", s => s.Id, "文書ID", "Document ID");
        Title = LocalizedOf("title", s => s.Title, true, ("表題（日本語）", "Title (Japanese)"), ("表題（英語・非公式訳）", "Title (English, unofficial translation)"));
        Issuer = LocalizedOf("issuer", s => s.Issuer, true, ("発行者（日本語）", "Issuer (Japanese)"), ("発行者（英語）", "Issuer (English)"));
        FiscalYear = YearOf("fiscal_year", s => s.FiscalYear, "対象年度", "Fiscal year covered");
        Kind = CodeOf("kind", Codes.SourceKinds, s => s.Kind, "種類", "Kind of document");
        Published = MonthOf("published", s => s.Published, "発行年月", "Month of publication, when printed");
        SeedFile = TextOf("seed_file", s => s.SeedFile, "転記に使ったテキスト（seeds/）", "Plain-text extraction used for transcription (seeds/)");
        Taken = LocalizedOf("taken", s => s.Taken, true, "取り出した内容", "What the data takes from it");
        PrimaryKey(Id);
    }

    public override Source Create(RecordCells c) =>
        new(Id[c], Title[c], Issuer[c], FiscalYear[c], Kind[c], Published[c], SeedFile[c], Taken[c]);
}
