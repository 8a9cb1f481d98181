using System.Text;

namespace Kyodo.Charts.Svg;

/// <summary>
/// Writes SVG markup with escaped text and attributes, in a fixed attribute order (deterministic output).
/// One element per line, so that golden files show readable diffs. Styling is by presentation attributes only: the site's CSP forbids style attributes, and a downloaded
/// SVG must look the same without the site's CSS.
/// </summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _text = new();
    private readonly Stack<string> _open = new();

    public SvgBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        Start(tag, attributes);
        _text.Append(">\n");
        _open.Push(tag);
        return this;
    }

    public SvgBuilder Close()
    {
        _text.Append("</").Append(_open.Pop()).Append('>');
        if (_open.Count > 0) _text.Append('\n');
        return this;
    }

    public SvgBuilder Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        Start(tag, attributes);
        _text.Append("/>\n");
        return this;
    }

    public SvgBuilder Text(string tag, string content, params (string Name, string? Value)[] attributes)
    {
        Start(tag, attributes);
        _text.Append('>');
        Escape(content, attribute: false);
        _text.Append("</").Append(tag).Append(">\n");
        return this;
    }

    public override string ToString()
    {
        if (_open.Count > 0) throw new InvalidOperationException("Unclosed SVG element: " + _open.Peek());
        return _text.ToString();
    }

    private void Start(string tag, (string Name, string? Value)[] attributes)
    {
        _text.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _text.Append(' ').Append(name).Append("=\"");
            Escape(value, attribute: true);
            _text.Append('"');
        }
    }

    private void Escape(string value, bool attribute)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': _text.Append("&amp;"); break;
                case '<': _text.Append("&lt;"); break;
                case '>': _text.Append("&gt;"); break;
                case '"' when attribute: _text.Append("&quot;"); break;
                case '\r': break;
                case '\n' when attribute: _text.Append(' '); break;
                default: _text.Append(c); break;
            }
        }
    }
}
