using System.Globalization;
using Kyodo.Model;

namespace Kyodo.Schema.Mapping;

/// <summary>
/// How a value of the model is written in one or more cells of a table and read back. The cells it reads have
/// passed their field's rule already (Loading/Rows/CellRules), so reading cannot fail on them.
/// </summary>
public abstract class ValueKind<T>
{
    /// <summary>How many cells the value takes (two for a text in Japanese and English).</summary>
    public virtual int Width => 1;

    public abstract T Read(ReadOnlySpan<string> cells);

    public abstract void Write(T value, Span<string> cells);

    /// <summary>The value as the text of its one cell (keys, references, codes); cells of a wider kind joined by "/".</summary>
    public virtual string Text(T value)
    {
        var cells = new string[Width];
        Write(value, cells);
        return string.Join('/', cells);
    }
}

/// <summary>The value kinds of the data format.</summary>
public static class Kinds
{
    private const NumberStyles Decimal = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static readonly ValueKind<string> Text = new Of<string>(c => c, v => v);

    /// <summary>A text that may be absent: an empty cell is null.</summary>
    public static readonly ValueKind<string?> OptionalText = new Of<string?>(c => c.Length == 0 ? null : c, v => v ?? "");

    public static readonly ValueKind<int> Integer = new Of<int>(ParseInt, FormatInt);

    public static readonly ValueKind<int?> OptionalInteger = new Of<int?>(c => c.Length == 0 ? null : ParseInt(c), v => v is { } i ? FormatInt(i) : "");

    /// <summary>A decimal at the precision it was written with (12.50 stays 12.50).</summary>
    public static readonly ValueKind<decimal> Number = new Of<decimal>(ParseDecimal, FormatDecimal);

    public static readonly ValueKind<decimal?> OptionalNumber = new Of<decimal?>(c => c.Length == 0 ? null : ParseDecimal(c), v => v is { } d ? FormatDecimal(d) : "");

    public static readonly ValueKind<bool> Boolean = new Of<bool>(c => c == "true", v => v ? "true" : "false");

    /// <summary>Integers separated by ";" (SDG goals).</summary>
    public static readonly ValueKind<IReadOnlyList<int>> IntegerList = new Of<IReadOnlyList<int>>(
        c => Split(c).Select(ParseInt).ToList(), v => string.Join(';', v.Select(FormatInt)));

    /// <summary>Codes or IDs separated by ";" (SDG targets, partner types).</summary>
    public static readonly ValueKind<IReadOnlyList<string>> TextList = new Of<IReadOnlyList<string>>(Split, v => string.Join(';', v));

    /// <summary>"document-id#section".</summary>
    public static readonly ValueKind<SourceRef> Source = new Of<SourceRef>(SourceRef.Parse, v => v.ToString());

    public static readonly ValueKind<SourceRef?> OptionalSource = new Of<SourceRef?>(c => c.Length == 0 ? null : SourceRef.Parse(c), v => v?.ToString() ?? "");

    /// <summary>A text in Japanese (authoritative) and English: the cells <c>stem_ja</c> and <c>stem_en</c>.</summary>
    public static readonly ValueKind<LocalizedText> Localized = new LocalizedKind();

    /// <summary>One code of a closed list.</summary>
    public static ValueKind<T> Code<T>(CodeList<T> codes)
        where T : notnull => new Of<T>(codes.Parse, codes.Code);

    private static string[] Split(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int ParseInt(string cell) => int.Parse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string FormatInt(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal ParseDecimal(string cell) => decimal.Parse(cell, Decimal, CultureInfo.InvariantCulture);

    private static string FormatDecimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Of<T>(Func<string, T> read, Func<T, string> write) : ValueKind<T>
    {
        public override T Read(ReadOnlySpan<string> cells) => read(cells[0]);

        public override void Write(T value, Span<string> cells) => cells[0] = write(value);

        public override string Text(T value) => write(value);
    }

    private sealed class LocalizedKind : ValueKind<LocalizedText>
    {
        public override int Width => 2;

        public override LocalizedText Read(ReadOnlySpan<string> cells) => new(cells[0], cells[1].Length == 0 ? null : cells[1]);

        public override void Write(LocalizedText value, Span<string> cells)
        {
            cells[0] = value.Ja;
            cells[1] = value.En ?? "";
        }
    }
}
