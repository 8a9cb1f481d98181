namespace Kyodo.Synthesis;

/// <summary>
/// The size and shape of a synthetic data set. The unit of size is the project-year (one row of
/// project_years.csv): a nation of 1,700 municipalities with about 100 projects over 8 years is 1.36 million.
/// </summary>
public sealed record SynthesisOptions
{
    /// <summary>Rows of project_years.csv across all plans.</summary>
    public int ProjectYears { get; init; } = 1000;

    /// <summary>Editions (yearly documents) per plan, from 2018 on; odd ones are reports with results and ratings.</summary>
    public int Years { get; init; } = 8;

    /// <summary>Projects listed per edition in one plan (a municipality); plans are added until the size is reached.</summary>
    public int ProjectsPerEdition { get; init; } = 100;

    /// <summary>Number of plans; when set, overrides <see cref="ProjectsPerEdition"/> (1 makes one very large plan).</summary>
    public int? Plans { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>How many plans, and how many projects each edition of each plan lists.</summary>
    public IReadOnlyList<int> PlanSizes()
    {
        if (ProjectYears < 1 || Years < 1 || ProjectsPerEdition < 1 || Plans is < 1)
        {
            throw new ArgumentException("Sizes must be positive / 大きさは正の数で指定してください。");
        }
        var perEdition = Math.Max(1, (int)Math.Round(ProjectYears / (double)Years));
        var plans = Plans ?? Math.Max(1, (int)Math.Round(perEdition / (double)ProjectsPerEdition));
        plans = Math.Min(plans, perEdition);
        var sizes = new int[plans];
        for (var i = 0; i < plans; i++) sizes[i] = perEdition / plans + (i < perEdition % plans ? 1 : 0);
        return sizes;
    }
}

/// <summary>What a synthetic data set holds, for the command's report.</summary>
public sealed record SynthesisSummary(int Plans, int Projects, int ProjectYears, int Relistings, int Metrics, int Indicators, int LineageEvents, long Bytes);
