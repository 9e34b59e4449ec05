/**
 * Valid and structurally invalid JSON documents of every schema in SCHEMAS,
 * by type name. A schema added to SCHEMAS without documents here fails the
 * JSON Schema test.
 */
export const VALID: Readonly<Record<string, readonly unknown[]>> = {
  Decimal: ["193.48", "-0.5", "0", "1e9", "-0"],
  IsoDate: ["2021-11-27", "2024-02-29"],
  Period: ["2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27", "2021-Q1/2021-Q3"],
  Currency: ["CNY", "USD", "HRK", { code: "CNH", minorUnits: 2, name: "Offshore yuan" }],
  Money: [
    { amount: "193480000000", currency: "CNY" },
    { amount: "-0.005", currency: { code: "CNH", minorUnits: 2, name: "Offshore yuan" } },
  ],
  Figure: [
    { value: "193.48", lo: "193.475", hi: "193.485", loInclusive: true, hiInclusive: false },
    { value: "6.393", lo: "6.39276", hi: "6.39345" },
    { value: "-1", lo: "-1", hi: "-1", loInclusive: true, hiInclusive: true },
  ],
  GrowthRate: [
    { kind: "growthRate", fraction: { value: "0.388", lo: "0.3875", hi: "0.3885" }, basis: "real" },
    {
      kind: "growthRate",
      fraction: { value: "-0.5", lo: "-0.5", hi: "-0.5", loInclusive: true, hiInclusive: true },
      basis: "unspecified",
      flags: ["negativeBase"],
    },
  ],
  PercentagePoints: [
    {
      kind: "percentagePoints",
      points: { value: "-2.1", lo: "-2.15", hi: "-2.05", loInclusive: false, hiInclusive: true },
    },
  ],
  ExchangeRate: [
    { base: "USD", quote: "CNY", rate: "6.3933" },
    {
      base: "USD",
      quote: "CNY",
      rate: "6.3933",
      on: "2021-09-30",
      source: "PBoC",
      kind: "spot",
      derivation: "direct",
      chain: [],
    },
    { base: "EUR", quote: "HRK", rate: "7.5345", on: null, source: "Council Regulation (EU) 2022/1208", kind: "fixed" },
    { base: "USD", quote: "CNY", rate: "6.39", on: "2021-Q1/2021-Q3", kind: "average" },
    {
      base: "CNY",
      quote: "USD",
      rate: "0.5",
      on: "2021-09",
      derivation: "inverse",
      chain: [
        {
          base: "USD",
          quote: "CNY",
          rate: "2",
          on: "2021-09",
          source: null,
          kind: "spot",
          derivation: "direct",
          chain: [],
        },
      ],
    },
    {
      base: "EUR",
      quote: "CNY",
      rate: "7.416228",
      derivation: "cross",
      chain: [
        { base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" },
        { base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30" },
      ],
    },
    { base: "USD", quote: "USD", rate: "1", kind: "fixed", derivation: "identity", chain: [] },
    { base: { code: "CNH", minorUnits: 2, name: "Offshore yuan" }, quote: "USD", rate: "0.1563" },
  ],
  CapacityPlan: [
    { unit: "vehicles", total: "300000", phases: [{}, {}] },
    {
      unit: { quantity: "vehicles", per: "year" },
      total: "300000",
      phases: [
        {
          ordinal: 1,
          capacity: "150000",
          plannedStart: "2024-S1",
          history: [
            { status: "announced", on: "2021-11-27", sourceId: "s1" },
            { status: "underConstruction", on: "2022-04-01" },
          ],
        },
        { ordinal: 2, capacity: null, plannedStart: null, history: [] },
      ],
    },
  ],
  Milestone: [
    { id: "mass-production", kind: "massProduction", targets: [{ target: "2024-H1", asOf: "2021-11-27" }] },
    {
      id: "m1",
      kind: "other",
      title: "first delivery",
      targets: [
        { target: "2024-S1", asOf: "2021-11-27", sourceId: "s1" },
        { target: "2024-Q2", asOf: "2023-01-10", sourceId: null },
      ],
      achieved: { on: "2024-03-28", sourceId: "s2" },
      reports: [{ status: "met", asOf: "2024-03-29" }],
    },
  ],
  Source: [
    {
      id: "seed-it",
      title: "Xiaomi Automotive si insedia a Beijing E-Town",
      publisher: "a newspaper",
      published: "2021-11-27",
      language: "it",
    },
    { id: "s2", url: "https://example.com/news" },
  ],
  Agreement: [
    { id: "a1", title: "Accordo di cooperazione", kind: "cooperationAgreement" },
    {
      id: "a2",
      title: "Cooperation Agreement",
      otherTitles: [{ name: "合作协议", lang: "zh-Hans", kind: "official", sourceIds: ["s1"] }],
      kind: "cooperationAgreement",
      signed: "2021-11",
      parties: [
        {
          id: "xiaomi",
          name: "小米集团",
          kind: "company",
          identifiers: [{ scheme: "HKEX", id: "1810" }],
          roles: ["parentCompany"],
        },
        {
          id: "xiaomi-auto",
          name: "小米汽车",
          kind: "company",
          parent: { partyId: "xiaomi", share: "1", sourceIds: ["s1"] },
          roles: ["investor", "signatory"],
          sourceIds: ["s1"],
        },
        {
          id: "bda",
          name: "北京经济技术开发区管理委员会",
          kind: "zoneManagementCommittee",
          roles: ["zoneAuthority", "signatory"],
        },
      ],
      facilities: [
        {
          id: "plant",
          name: "vehicle plant",
          kind: "plant",
          operatorId: "xiaomi-auto",
          capacity: { unit: "vehicles", total: "300000", phases: [{}, {}] },
          sourceIds: ["s1"],
        },
      ],
      commitments: [
        {
          id: "c1",
          partyId: "xiaomi-auto",
          kind: "headquarters",
          description: "headquarters in the zone",
          sourceIds: ["s1"],
        },
        {
          id: "c2",
          partyId: "xiaomi-auto",
          kind: "investment",
          description: "an investment",
          status: "inProgress",
          amount: { amount: "1e9", currency: "CNY" },
          due: "2024",
          facilityId: "plant",
        },
        {
          id: "c3",
          partyId: "xiaomi-auto",
          kind: "jobs",
          description: "jobs",
          quantity: { value: "1000", unit: "jobs" },
        },
      ],
      milestones: [
        { id: "m1", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "s1" }] },
      ],
      amendments: [
        {
          id: "am1",
          date: "2022-03",
          description: "plant capacity restated",
          rationale: "a new phase",
          changed: ["facilities"],
          sourceIds: ["s1"],
        },
      ],
      sources: [{ id: "s1", title: "the article", language: "it", published: "2021-11-27" }],
      sourceIds: ["s1"],
    },
  ],
  Observation: [
    {
      id: "gdp",
      indicator: "gdp",
      period: "2021-Q1/2021-Q3",
      values: [
        {
          currency: "CNY",
          figure: {
            value: "193480000000",
            lo: "193475000000",
            hi: "193485000000",
            loInclusive: true,
            hiInclusive: false,
          },
        },
        { currency: "USD", figure: { value: "30260000000", lo: "30255000000", hi: "30265000000", hiInclusive: false } },
      ],
      growth: { fraction: { value: "0.388", lo: "0.3875", hi: "0.3885", hiInclusive: false }, basis: "unspecified" },
    },
    {
      id: "output",
      indicator: "industrialOutput",
      scope: { kind: "zone" },
      period: "2021-Q1/2021-Q3",
      values: [{ currency: "CNY", figure: { value: "424360000000", lo: "424355000000", hi: "424365000000" } }],
      growth: { fraction: { value: "0.32", lo: "0.315", hi: "0.325" } },
      sourceIds: ["s1"],
    },
  ],
  Zone: [
    { id: "z1", name: { name: "北京经济技术开发区" } },
    {
      id: "bda",
      name: { name: "北京经济技术开发区", lang: "zh-Hans", kind: "official" },
      otherNames: [{ name: "Beijing E-Town", lang: "en", kind: "informal", sourceIds: ["s1"] }],
      established: { year: 1992, sourceIds: ["s1"] },
      area: { figure: { value: "225", lo: "225", hi: "225" }, unit: "km2" },
      industries: [
        {
          id: "nev",
          name: { name: "新能源智能汽车", lang: "zh-Hans" },
          otherNames: [{ name: "new-energy vehicles", lang: "en", sourceIds: ["s1"] }],
        },
      ],
      observations: [
        {
          id: "output-nev",
          indicator: "industrialOutput",
          scope: { kind: "industries", industryIds: ["nev"] },
          period: "2021-Q1/2021-Q3",
          values: [{ currency: "CNY", figure: { value: "1", lo: "0.95", hi: "1.05" } }],
          sourceIds: ["s1"],
        },
      ],
      sources: [{ id: "s1", title: "the article" }],
      sourceIds: ["s1"],
    },
  ],
  RateTable: [
    { rates: [] },
    {
      pivot: "USD",
      rates: [
        { base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30", source: "PBoC" },
        { base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30", source: "ECB" },
      ],
    },
  ],
};

/** Documents that are wrong in shape (so the JSON Schema refuses them too). */
export const INVALID: Readonly<Record<string, readonly unknown[]>> = {
  Decimal: [193.48, "1,5", "", null],
  IsoDate: ["2021-1-5", "20211127", 20211127],
  Period: ["2021-Q5", "Q3 2021", 2021],
  Currency: ["cny", "CN", { code: "CNH", minorUnits: 2 }, { code: "CNH", minorUnits: 2, name: "x", extra: 1 }],
  Money: [{ amount: 1, currency: "CNY" }, { amount: "1" }, { amount: "1", currency: "CNY", note: "" }],
  Figure: [
    { value: 1, lo: "0", hi: "2" },
    { value: "1", lo: "0" },
    { value: "1", lo: "0", hi: "2", loInclusive: "yes" },
  ],
  GrowthRate: [
    { kind: "growthRate", fraction: { value: "0.388", lo: "0.3875", hi: "0.3885" } },
    { kind: "share", fraction: { value: "0.388", lo: "0.3875", hi: "0.3885" }, basis: "real" },
    { kind: "growthRate", fraction: { value: 0.388, lo: "0.3875", hi: "0.3885" }, basis: "real" },
    { kind: "growthRate", fraction: { value: "0.388", lo: "0.3875", hi: "0.3885" }, basis: "real", flags: ["x"] },
  ],
  PercentagePoints: [
    { kind: "percentagePoints" },
    { kind: "percentagePoints", points: { value: "1", lo: "0", hi: "2" }, extra: 1 },
  ],
  ExchangeRate: [
    { base: "USD", quote: "CNY" },
    { base: "USD", quote: "CNY", rate: 6.39 },
    { base: "USD", quote: "CNY", rate: "6.39", kind: "forward" },
    { base: "USD", quote: "CNY", rate: "6.39", on: "30/09/2021" },
    { base: "USD", quote: "CNY", rate: "6.39", chain: [{ base: "USD" }] },
  ],
  RateTable: [{ pivot: "USD" }, { rates: [{ base: "USD" }] }, { rates: [], extra: true }],
  CapacityPlan: [
    { unit: "vehicles", total: 300000, phases: [{}] },
    { unit: "vehicles", total: "300000", phases: [] },
    { unit: "vehicles", total: "1", phases: [{ capacity: 1 }] },
  ],
  Milestone: [
    { id: "m", kind: "massProduction", targets: [] },
    { id: "m", kind: "launch", targets: [{ target: "2024", asOf: "2021-01-01" }] },
  ],
  Source: [{ id: "s", title: 1 }, { title: "no id" }, { id: "s", title: "t", author: "x" }],
  Agreement: [
    { id: "a", kind: "cooperationAgreement" },
    { id: "a", title: "t", kind: "k", parties: [{ id: "p" }] },
    { id: "a", title: "t", kind: "k", signed: 2021 },
  ],
  Observation: [
    { id: "o", indicator: "gdp", period: "2021", values: [] },
    { id: "o", indicator: "gdp", period: "2021", values: [{ currency: "CNY" }] },
  ],
  Zone: [{ id: "z" }, { id: "z", name: "BDA" }, { id: "z", name: { name: "BDA" }, established: { year: "1992" } }],
};
