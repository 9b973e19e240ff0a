namespace DocArchive.Web.Commands;

/// <summary>A one-line progress bar on the console, redrawn in place (plain lines when output is redirected).</summary>
public sealed class ProgressBar(TextWriter output, string label, int total)
{
    private const int Width = 30;

    private int lastDrawn = -1;

    public void Report(int completed, string detail)
    {
        if (Console.IsOutputRedirected && completed == lastDrawn)
        {
            return;
        }

        lastDrawn = completed;
        var filled = total == 0 ? Width : completed * Width / total;
        var bar = new string('#', filled) + new string('-', Width - filled);
        var line = $"{label} [{bar}] {completed}/{total} {detail}";
        if (Console.IsOutputRedirected)
        {
            output.WriteLine(line);
        }
        else
        {
            output.Write($"\r{line,-100}");
        }
    }

    public void Finish()
    {
        if (!Console.IsOutputRedirected)
        {
            output.WriteLine();
        }
    }
}
