using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kyodo.Rendering;

/// <summary>
/// Renders Razor components to HTML with ASP.NET's HtmlRenderer. Text is encoded for HTML but kept as
/// UTF-8 characters (not numeric entities), so Japanese pages stay small and readable.
/// One renderer per thread lets pages render in parallel.
/// </summary>
public sealed class RazorRenderer : IDisposable
{
    /// <summary>
    /// HtmlRenderer keeps every root component it rendered (and its render tree) until it is disposed, with no
    /// public way to release one, so a renderer is replaced after this many pages to keep memory flat at any size.
    /// </summary>
    private const int PagesPerRenderer = 64;

    private static readonly IServiceProvider Services = BuildServices();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ThreadLocal<Worker> _workers = new(() => new Worker(), trackAllValues: true);

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<HtmlEncoder>(MinimalHtmlEncoder.Instance);
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    }

    /// <summary>One thread's renderer and reusable output buffer.</summary>
    private sealed class Worker : IDisposable
    {
        private HtmlRenderer? _renderer;
        private int _pages;

        public MemoryStream Buffer { get; } = new(64 * 1024);

        public StreamWriter Writer { get; }

        public Worker() => Writer = new StreamWriter(Buffer, Utf8, 16 * 1024, leaveOpen: true) { AutoFlush = false };

        public HtmlRenderer Renderer()
        {
            if (_renderer is null || _pages >= PagesPerRenderer)
            {
                _renderer?.Dispose();
                _renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
                _pages = 0;
            }
            _pages++;
            return _renderer;
        }

        public void Dispose()
        {
            _renderer?.Dispose();
            Writer.Dispose();
            Buffer.Dispose();
        }
    }

    public string Render<TComponent>(IReadOnlyDictionary<string, object?> parameters) where TComponent : IComponent =>
        Utf8.GetString(RenderUtf8(typeof(TComponent), parameters));

    public string Render(Type component, IReadOnlyDictionary<string, object?> parameters) =>
        Utf8.GetString(RenderUtf8(component, parameters));

    /// <summary>Renders straight to UTF-8 bytes (what is written to disk), without an intermediate string.</summary>
    public byte[] RenderUtf8(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        var worker = _workers.Value!;
        var renderer = worker.Renderer();
        var view = ParameterView.FromDictionary(parameters as IDictionary<string, object?> ?? parameters.ToDictionary());
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, view);
            worker.Buffer.SetLength(0);
            output.WriteHtmlTo(worker.Writer);
            worker.Writer.Flush();
            return HtmlSpacing.SeparateCells(worker.Buffer.ToArray());
        }).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        foreach (var w in _workers.Values) w.Dispose();
        _workers.Dispose();
    }
}
