using System.IO.Compression;

namespace Kyodo.Engine;

/// <summary>
/// A file the build publishes, by its path under the output folder (forward slashes, no leading slash).
/// A large build keeps its files compressed in memory or already written to the staging folder (see
/// <see cref="OutputSet"/>); <see cref="Content"/> always gives the bytes as written.
/// </summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    private readonly byte[]? _compressed;
    private readonly SpillFolder? _spilled;
    private readonly int _length;

    private OutputFile(string path, SpillFolder folder, int length) : this(path, ReadOnlyMemory<byte>.Empty)
    {
        _spilled = folder;
        _length = length;
    }

    private OutputFile(string path, byte[] compressed, int length) : this(path, ReadOnlyMemory<byte>.Empty)
    {
        _compressed = compressed;
        _length = length;
    }

    public ReadOnlyMemory<byte> Content
    {
        get => _spilled is not null ? File.ReadAllBytes(_spilled.FullPath(Path)) : _compressed is null ? field : Decompress(_compressed, _length);
        init => field = value;
    } = Content;

    /// <summary>Length of the content in bytes (without decompressing it).</summary>
    public int Length => _compressed is null && _spilled is null ? Content.Length : _length;

    /// <summary>True when the file is already in the staging folder (written as it was made).</summary>
    public bool IsOnDisk => _spilled is not null;

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The same file held Brotli-compressed (quality 1: fast); text output shrinks about eightfold.</summary>
    internal static OutputFile Compressed(string path, ReadOnlySpan<byte> content)
    {
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, buffer, out var written, quality: 1, window: 22) || written >= content.Length)
        {
            return new OutputFile(path, content.ToArray());
        }
        return new OutputFile(path, buffer.AsSpan(0, written).ToArray(), content.Length);
    }

    /// <summary>Writes the file into <paramref name="folder"/> now and keeps only its path.</summary>
    internal static OutputFile Spilled(string path, ReadOnlySpan<byte> content, SpillFolder folder)
    {
        folder.Write(path, content);
        return new OutputFile(path, folder, content.Length);
    }

    private static byte[] Decompress(byte[] compressed, int length)
    {
        var content = new byte[length];
        if (!BrotliDecoder.TryDecompress(compressed, content, out var written) || written != length)
        {
            throw new InvalidDataException("An output file held in memory could not be decompressed.");
        }
        return content;
    }
}

/// <summary>What a published HTML page is, for the sitemap, search, feeds and link checks.</summary>
public sealed record PageInfo(
    Model.Language Language,
    string Path,
    string Title,
    string Kind,
    string OutputPath,
    string? AlternatePath);
