using Spectre.Console;
using Spectre.Console.Rendering;

namespace Viva.Cli.Output;

/// <summary>
/// A table laid out for the terminal's width so that an id or a path is never broken: ids and short values keep their
/// full width, paths are shortened from the left to what is left, and the one text column wraps at words. When the
/// terminal is too narrow for that, each row becomes a few lines instead (id, then its values, then the text and the
/// path, indented), because a text column a few characters wide breaks every word.
/// </summary>
internal sealed class FittedTable
{
    // The simple border takes one column at each edge and one between columns, and each cell is padded by one space
    // either side: 3 per column plus 1.
    private const int BorderPerColumn = 3;
    private const int MinTextWidth = 24;
    private const int MinPathWidth = 16;

    private readonly List<Column> _columns = [];
    private readonly List<string[]> _rows = [];

    /// <summary>An id or another word that must stay whole (markup).</summary>
    public FittedTable Token(string header) => Add(header, Kind.Token, Justify.Left, 0);

    /// <summary>A short value (markup): a number, a level, a date, a mark.</summary>
    public FittedTable Value(string header, Justify alignment = Justify.Right) => Add(header, Kind.Value, alignment, 0);

    /// <summary>A document path (plain text), shortened from the left to at most <paramref name="widest"/> characters and to what the width leaves.</summary>
    public FittedTable Path(string header, int widest) => Add(header, Kind.Path, Justify.Left, widest);

    /// <summary>The text (markup) that wraps at words; at most one per table.</summary>
    public FittedTable Text(string header) => Add(header, Kind.Text, Justify.Left, 0);

    /// <summary>Adds a row: one cell per column, in order; a path cell is plain text, every other cell markup.</summary>
    public void AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"{_columns.Count} cells expected, {cells.Length} given", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Writes the table, or the rows one under the other when it cannot fit <paramref name="console"/>'s width.</summary>
    public void Write(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var width = console.Profile.Width;
        var widths = _columns.Select((c, i) => c.Kind is Kind.Token or Kind.Value ? Widest(c.Header, i, markup: true) : 0).ToArray();
        var left = width - (BorderPerColumn * _columns.Count) - 1 - widths.Sum();
        var path = _columns.FindIndex(c => c.Kind == Kind.Path);
        var text = _columns.FindIndex(c => c.Kind == Kind.Text);
        var wanted = path >= 0 ? Math.Min(_columns[path].Widest, Widest(_columns[path].Header, path, markup: false)) : 0;
        if (path >= 0)
        {
            widths[path] = Math.Min(wanted, Math.Max(MinPathWidth, left - (text >= 0 ? MinTextWidth : 0)));
            left -= widths[path];
        }

        if (text >= 0)
        {
            widths[text] = left;
        }

        if (left < (text >= 0 ? MinTextWidth : 0) || (path >= 0 && widths[path] < Math.Min(MinPathWidth, wanted)))
        {
            WriteRows(console, width);
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(_columns[i].Header)) { Width = widths[i], NoWrap = _columns[i].Kind != Kind.Text };
            table.AddColumn(column.Alignment(_columns[i].Alignment));
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select((cell, i) => (IRenderable)new Markup(i == path ? Markup.Escape(ShortenPath(cell, widths[i])) : cell)));
        }

        console.Write(table);
    }

    /// <summary><paramref name="path"/> kept to <paramref name="max"/> characters by dropping its start (the file name matters most).</summary>
    public static string ShortenPath(string path, int max) => path.Length <= max ? path : "…" + path[^Math.Max(0, max - 1)..];

    // Each row as lines: its ids, then its values labelled by their headers, then the text and the path, indented.
    private void WriteRows(IAnsiConsole console, int width)
    {
        foreach (var row in _rows)
        {
            var tokens = Cells(row, Kind.Token).Select(c => c.Cell).ToList();
            var path = Cells(row, Kind.Path).Select(c => c.Cell).FirstOrDefault();
            var indent = 0;
            if (tokens.Count > 0)
            {
                console.MarkupLine($"[bold]{string.Join("  ", tokens)}[/]");
                indent = 2;
            }
            else if (path is not null)
            {
                console.MarkupLine($"[bold]{Markup.Escape(ShortenPath(path, width))}[/]");
                path = null;
                indent = 2;
            }

            var values = Cells(row, Kind.Value).Select(c => $"[grey]{Markup.Escape(c.Column.Header)}:[/] {c.Cell}").ToList();
            if (values.Count > 0)
            {
                console.Write(new Padder(new Markup(string.Join(" · ", values)), new Padding(indent, 0, 0, 0)));
            }

            foreach (var (text, _) in Cells(row, Kind.Text))
            {
                console.Write(new Padder(new Markup(text), new Padding(indent, 0, 0, 0)));
            }

            if (path is not null)
            {
                console.Write(new Padder(new Markup($"[grey]{Markup.Escape(ShortenPath(path, width - indent))}[/]"), new Padding(indent, 0, 0, 0)));
            }
        }
    }

    private IEnumerable<(string Cell, Column Column)> Cells(string[] row, Kind kind) =>
        row.Select((cell, i) => (cell, _columns[i])).Where(c => c.Item2.Kind == kind);

    private int Widest(string header, int column, bool markup) =>
        _rows.Select(r => (markup ? Markup.Remove(r[column]) : r[column]).GetCellWidth()).Append(header.GetCellWidth()).Max();

    private FittedTable Add(string header, Kind kind, Justify alignment, int widest)
    {
        _columns.Add(new Column(header, kind, alignment, widest));
        return this;
    }

    private enum Kind
    {
        Token,
        Value,
        Path,
        Text,
    }

    private sealed record Column(string Header, Kind Kind, Justify Alignment, int Widest);
}
