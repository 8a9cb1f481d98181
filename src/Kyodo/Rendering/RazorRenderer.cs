using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kyodo.Rendering;

/// <summary>
/// Renders Razor components to HTML strings with ASP.NET's HtmlRenderer. Text is encoded for HTML
/// but kept as UTF-8 characters (not numeric entities), so Japanese pages stay small and readable.
/// One renderer per thread lets pages render in parallel.
/// </summary>
public sealed class RazorRenderer : IDisposable
{
    private static readonly IServiceProvider Services = BuildServices();

    private readonly ThreadLocal<HtmlRenderer> _renderers = new(
        () => new HtmlRenderer(Services, NullLoggerFactory.Instance), trackAllValues: true);

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton<HtmlEncoder>(MinimalHtmlEncoder.Instance);
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        return services.BuildServiceProvider();
    }

    public string Render<TComponent>(IReadOnlyDictionary<string, object?> parameters) where TComponent : IComponent =>
        Render(typeof(TComponent), parameters);

    public string Render(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        var renderer = _renderers.Value!;
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            using var writer = new StringWriter();
            output.WriteHtmlTo(writer);
            return writer.ToString();
        }).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        foreach (var r in _renderers.Values) r.Dispose();
        _renderers.Dispose();
    }
}
