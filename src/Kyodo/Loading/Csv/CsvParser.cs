using System.Text;
using Kyodo.Diagnostics;

namespace Kyodo.Loading.Csv;

/// <summary>
/// A strict RFC 4180 reader that keeps line and column of every cell. It accepts LF, CRLF and CR line
/// ends, reports unterminated quotes, stray quotes and ragged rows, and never throws on bad input.
/// </summary>
public static class CsvParser
{
    public static CsvTable? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Length == 0 || text.All(c => c is '\r' or '\n' or ' ' or '\t'))
        {
            diagnostics.Add(Messages.EmptyFile(new SourceLocation(file)));
            return null;
        }

        var records = new List<CsvRecord>();
        var cells = new List<CsvCell>();
        var value = new StringBuilder();
        int i = 0, line = 1, column = 1;
        int cellLine = 1, cellColumn = 1, recordLine = 1, sheetRow = 1;
        bool ok = true;
        // Where the first quoted cell of the current record that runs over a line end began: if the record
        // then has the wrong number of cells, that quote was almost certainly never closed.
        (int Line, int Column)? openQuote = null;

        while (i <= text.Length)
        {
            // Start of a cell.
            cellLine = line;
            cellColumn = column;
            value.Clear();

            if (i < text.Length && text[i] == '"')
            {
                int quoteLine = line, quoteColumn = column;
                i++; column++;
                bool closed = false;
                while (i < text.Length)
                {
                    char c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            value.Append('"');
                            i += 2; column += 2;
                            continue;
                        }
                        i++; column++;
                        closed = true;
                        break;
                    }
                    if (c == '\r' || c == '\n')
                    {
                        // Line ends inside a quoted cell are kept as LF.
                        value.Append('\n');
                        i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                        line++; column = 1;
                        continue;
                    }
                    value.Append(c);
                    i++; column++;
                }
                if (!closed)
                {
                    diagnostics.Add(Messages.UnterminatedQuote(new SourceLocation(file, quoteLine, quoteColumn)));
                    return null;
                }
                if (line != quoteLine) openQuote ??= (quoteLine, quoteColumn);
                if (i < text.Length && text[i] is not (',' or '\r' or '\n') && line != quoteLine)
                {
                    // A quote that "closes" lines later, followed by more text, was really never closed.
                    diagnostics.Add(Messages.UnterminatedQuote(new SourceLocation(file, quoteLine, quoteColumn)));
                    return null;
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    diagnostics.Add(Messages.TextAfterQuote(new SourceLocation(file, line, column)));
                    ok = false;
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n')) { i++; column++; }
                }
            }
            else
            {
                var strayReported = false;
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"' && !strayReported)
                    {
                        // One finding per cell: a quoted word has two quotes but one mistake.
                        diagnostics.Add(Messages.StrayQuote(new SourceLocation(file, line, column)));
                        strayReported = true;
                        ok = false;
                    }
                    value.Append(text[i]);
                    i++; column++;
                }
            }

            cells.Add(new CsvCell(value.ToString(), cellLine, cellColumn));

            if (i < text.Length && text[i] == ',')
            {
                i++; column++;
                continue;
            }

            // End of record (line end or end of text).
            if (openQuote is { } q && records.Count > 0 && cells.Count != records[0].Cells.Count)
            {
                diagnostics.Add(Messages.UnterminatedQuote(new SourceLocation(file, q.Line, q.Column)));
                return null;
            }
            openQuote = null;
            records.Add(new CsvRecord(recordLine, cells.ToArray()) { SheetRow = sheetRow++ });
            cells.Clear();
            if (i >= text.Length) break;
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++; column = 1;
            recordLine = line;
            if (i >= text.Length) break;
        }

        // A blank line is a record with one empty cell; blank lines carry no data.
        records.RemoveAll(r => r.Cells.Count == 1 && r.Cells[0].Value.Length == 0);
        if (records.Count == 0)
        {
            diagnostics.Add(Messages.EmptyFile(new SourceLocation(file)));
            return null;
        }

        var header = records[0].Cells;
        var body = records.Skip(1).ToList();
        foreach (var record in body)
        {
            if (record.Cells.Count != header.Count)
            {
                diagnostics.Add(Messages.RaggedRow(new SourceLocation(file, record.Line, SheetRow: record.SheetRow), record.Cells.Count, header.Count));
                ok = false;
            }
        }
        return ok ? new CsvTable(file, header, body) : null;
    }
}
