using OmicsBridge.Core.Diagnostics;
using SkiaSharp;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Draws one or more ScottPlot panels onto a single PNG or SVG canvas (the format follows the file extension), so a plot
/// and its table share one image.
/// </summary>
internal static class SurvivalPlotCanvas
{
    /// <summary>Renders a plot inside <paramref name="rect"/> only: ScottPlot clears its whole canvas, so clip first.</summary>
    public static void RenderInto(SKCanvas canvas, ScottPlot.Plot plot, ScottPlot.PixelRect rect)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom));
        plot.Render(canvas, rect);
        canvas.Restore();
    }

    public static void Save(string path, int width, int height, Action<SKCanvas> draw)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        switch (extension)
        {
            case ".PNG":
            {
                using var surface = SKSurface.Create(new SKImageInfo(width, height)) ?? throw new InvalidOperationException("Cannot create a drawing surface.");
                surface.Canvas.Clear(SKColors.White);
                draw(surface.Canvas);
                using var image = surface.Snapshot();
                using var data = image.Encode(SKEncodedImageFormat.Png, 100);
                using var file = File.Create(path);
                data.SaveTo(file);
                break;
            }

            case ".SVG":
            {
                using (var stream = new SKFileWStream(path))
                using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
                {
                    canvas.Clear(SKColors.White);
                    draw(canvas);
                }

                break;
            }

            default:
                throw OmicsBridgeException.Usage($"Plots are written as .png or .svg, not '{extension.ToLowerInvariant()}'.");
        }
    }
}
