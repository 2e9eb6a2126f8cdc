namespace AnimLib.Cli;

/// <summary>
/// Renders one file per row of <c>--props-batch</c>, in order, with the same settings and the same partial-movie cache
/// folder, so segments drawn alike in several rows are encoded once. A failing row is reported and the rest still render.
/// </summary>
internal static class BatchRender
{
    /// <summary>Renders every row with <paramref name="render"/> (given the row and whether it is the first); returns the exit code.</summary>
    /// <returns>0 when every row was written, <see cref="ExitCodes.SomeRowsFailed"/> when some were, the failure's code when none was, 130 when cancelled.</returns>
    public static int Run(IReadOnlyList<PropsRow> rows, Func<PropsRow, bool, int> render, CliLog log)
    {
        var failed = new List<(PropsRow Row, int Code)>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            log.Info($"Row {i + 1} of {rows.Count} ({row.Label}): {string.Join(", ", row.Fields.Select(f => $"{f.Key}={f.Value.GetRawText()}"))}");
            int code = render(row, i == 0);
            if (code == ExitCodes.Cancelled) return code;
            if (code != ExitCodes.Ok) failed.Add((row, code));
        }
        if (failed.Count == 0)
        {
            log.Info($"Batch done: all {rows.Count} rows succeeded.");
            return ExitCodes.Ok;
        }
        log.Error($"{failed.Count} of {rows.Count} rows failed: {string.Join(", ", failed.Select(f => f.Row.Label))}; "
                  + (failed.Count == rows.Count ? "none succeeded." : "the other rows succeeded."));
        return failed.Count == rows.Count ? failed[0].Code : ExitCodes.SomeRowsFailed;
    }
}
