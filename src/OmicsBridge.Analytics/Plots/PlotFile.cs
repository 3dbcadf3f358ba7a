using OmicsBridge.Core.Diagnostics;
using ScottPlot;

namespace OmicsBridge.Analytics.Plots;

/// <summary>Writes a plot as PNG or SVG, chosen by the file extension.</summary>
internal static class PlotFile
{
    public static void Save(Plot plot, string path, PlotOptions options)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".png":
                plot.SavePng(path, options.Width, options.Height);
                break;
            case ".svg":
                plot.SaveSvg(path, options.Width, options.Height);
                break;
            default:
                throw OmicsBridgeException.Usage($"Plots are written as .png or .svg; got '{extension}'.");
        }
    }
}
