using System.Text;
using CsvHelper;
using Kyodo.Diagnostics;

namespace Kyodo.Loading.Csv;

/// <summary>
/// Reads a CSV file with CsvHelper into cells that keep their line and column. CsvHelper splits the records and
/// fields, unquotes them and counts lines; what it cannot give is the place of each cell and of each quoting
/// mistake in the characters a clerk sees (it reports a malformed record once, by byte offset), so the small
/// <see cref="Walk"/> below steps over each field's raw bytes, which CsvHelper hands out, to find them.
/// </summary>
public static class CsvTableReader
{
    private const byte Quote = (byte)'"';

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        // A first line "sep=;" is data here, not an instruction.
        DetectSeparatorHint = false,
    };

    /// <summary>
    /// The header and records of <paramref name="text"/>; null (with every problem reported) when the file is
    /// empty, a quote is never closed, or a record has a quoting mistake or the wrong number of cells.
    /// </summary>
    public static CsvTable? Read(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Length == 0 || text.All(c => c is '\r' or '\n' or ' ' or '\t'))
        {
            diagnostics.Add(Messages.EmptyFile(new SourceLocation(file)));
            return null;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var records = new List<CsvRecord>();
        var ragged = new List<Diagnostic>();
        var ok = true;
        // Line breaks inside quoted cells of the records so far: a spreadsheet shows such a record on one row.
        var innerBreaks = 0L;
        using var reader = CsvReader.Create(bytes, Options);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var walk = new Walk(line);
            var cells = new CsvCell[reader.FieldCount];
            (int Line, int Column)? multiLineQuote = null;
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) walk.Column++;
                var raw = reader.GetRawSpan(i);
                var (cellLine, cellColumn) = (walk.Line, walk.Column);
                var problem = Check(raw, ref walk, out var at);
                if (problem == Problem.Unterminated)
                {
                    diagnostics.Add(Messages.UnterminatedQuote(new SourceLocation(file, cellLine, cellColumn)));
                    return null;
                }
                if (problem == Problem.TextAfterQuote)
                {
                    diagnostics.Add(Messages.TextAfterQuote(new SourceLocation(file, at.Line, at.Column)));
                    ok = false;
                }
                else if (problem == Problem.StrayQuote)
                {
                    // One finding per cell: a quoted word has two quotes but one mistake.
                    diagnostics.Add(Messages.StrayQuote(new SourceLocation(file, at.Line, at.Column)));
                    ok = false;
                }
                if (walk.Line != cellLine && raw.Length > 0 && raw[0] == Quote) multiLineQuote ??= (cellLine, cellColumn);
                cells[i] = new CsvCell(Value(reader, i), cellLine, cellColumn);
            }
            var sheetRow = (int)(line - innerBreaks);
            innerBreaks += walk.Line - line;

            // A blank line is no record; a line holding only "" is blank too.
            if (cells.Length == 1 && cells[0].Value.Length == 0) continue;
            if (records.Count > 0 && cells.Length != records[0].Cells.Count)
            {
                // A quoted cell that runs over line ends in a record of the wrong length was almost certainly never closed.
                if (multiLineQuote is { } q)
                {
                    diagnostics.Add(Messages.UnterminatedQuote(new SourceLocation(file, q.Line, q.Column)));
                    return null;
                }
                ragged.Add(Messages.RaggedRow(new SourceLocation(file, line, SheetRow: sheetRow), cells.Length, records[0].Cells.Count));
                ok = false;
            }
            records.Add(new CsvRecord(line, cells) { SheetRow = sheetRow });
        }

        if (records.Count == 0)
        {
            diagnostics.Add(Messages.EmptyFile(new SourceLocation(file)));
            return null;
        }
        foreach (var d in ragged) diagnostics.Add(d);
        return ok ? new CsvTable(file, records[0].Cells, records.Skip(1).ToList()) : null;
    }

    /// <summary>The cell's text; line ends inside a quoted cell are kept as LF, whichever the file used.</summary>
    private static string Value(CsvReader reader, int index)
    {
        var value = reader.GetString(index) ?? "";
        return value.Contains('\r', StringComparison.Ordinal) ? value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : value;
    }

    private enum Problem
    {
        None,
        StrayQuote,
        TextAfterQuote,
        Unterminated,
    }

    /// <summary>
    /// Checks the quoting of one field's raw bytes as RFC 4180 has it, and moves <paramref name="walk"/> past them.
    /// <paramref name="at"/> is where a stray quote or the text after a closing quote is.
    /// </summary>
    private static Problem Check(ReadOnlySpan<byte> raw, ref Walk walk, out (int Line, int Column) at)
    {
        at = default;
        if (raw.IsEmpty) return Problem.None;
        if (raw[0] != Quote)
        {
            var stray = raw.IndexOf(Quote);
            if (stray < 0)
            {
                walk.Over(raw);
                return Problem.None;
            }
            walk.Over(raw[..stray]);
            at = (walk.Line, walk.Column);
            walk.Over(raw[stray..]);
            return Problem.StrayQuote;
        }

        var startLine = walk.Line;
        var i = 1;
        while (true)
        {
            var next = raw[i..].IndexOf(Quote);
            if (next < 0)
            {
                walk.Over(raw);
                return Problem.Unterminated;
            }
            i += next;
            if (i + 1 < raw.Length && raw[i + 1] == Quote)
            {
                i += 2;
                continue;
            }
            break;
        }
        walk.Over(raw[..(i + 1)]);
        if (i == raw.Length - 1) return Problem.None;
        // A quote that "closes" lines later and is followed by more text was really never closed.
        if (walk.Line != startLine) return Problem.Unterminated;
        at = (walk.Line, walk.Column);
        walk.Over(raw[(i + 1)..]);
        return Problem.TextAfterQuote;
    }

    /// <summary>
    /// A position in the text as a clerk counts it: 1-based line, and column in characters (UTF-16 code units, as
    /// the rest of Kyodo counts them). CR, LF and CR LF each end a line.
    /// </summary>
    private struct Walk(int line)
    {
        public int Line = line;
        public int Column = 1;
        private bool _afterCr;

        public void Over(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b == (byte)'\n')
                {
                    if (!_afterCr) NewLine();
                    _afterCr = false;
                    continue;
                }
                _afterCr = b == (byte)'\r';
                if (_afterCr)
                {
                    NewLine();
                    continue;
                }
                // A UTF-8 lead byte starts a character; four-byte sequences are two UTF-16 code units.
                if ((b & 0xC0) != 0x80) Column++;
                if (b >= 0xF0) Column++;
            }
        }

        private void NewLine()
        {
            Line++;
            Column = 1;
        }
    }
}
