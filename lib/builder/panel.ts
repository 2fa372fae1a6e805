/**
 * The expert panel: cuts of every scenario ordered by an architect, each pair with the reason the
 * lessons give. Written from the lessons before any weight of the model was set; `panel.test.ts`
 * checks that the evaluation orders every pair with at least {@link PANEL_MARGIN} points between
 * them, so a change to a rule that contradicts the course fails a test.
 *
 * A cut is written as services separated by `|`, each `Name: capability ids`, e.g.
 * `"Orders: orders order-status | Payments: payments"`. `async` lists switchable calls made
 * asynchronous; a cut may instead name a reference (`reference: "saga-services"`).
 *
 * A scenario's known-good and known-bad cuts live here, not in a test: a new scenario adds its
 * entry below and needs no other edit.
 */
import type { Design, Scenario, ScenarioContext } from './model';
import { designFromReference, SERVICE_COLORS } from './reference-design';

/** Fewest points between the better and the worse cut of a pair. */
export const PANEL_MARGIN = 3;

export type PanelCut = {
  id: string;
  title: string;
  /** `"Name: cap cap | Name: cap"`; omit when `reference` is given. */
  cut?: string;
  /** A reference design of the scenario, by id. */
  reference?: string;
  /** Switchable calls made asynchronous (or synchronous, under `sync`), by interaction id. */
  async?: string[];
  sync?: string[];
};

/** `[better cut id, worse cut id, why, in one line from the lessons]`. */
export type PanelPair = [better: string, worse: string, why: string];

/** The same scenario in another organisation: the context changes, the capabilities do not. */
type PanelVariant = {
  id: string;
  title: string;
  context: Partial<ScenarioContext>;
  /** Cuts used only in this variant, besides the scenario's. */
  cuts?: PanelCut[];
  pairs: PanelPair[];
};

type PanelEntry = {
  scenario: string;
  cuts: PanelCut[];
  pairs: PanelPair[];
  variants: PanelVariant[];
};

const MONOLITH: PanelCut = { id: 'monolith', title: 'One deployable (monolith)', cut: '*' };
const EACH: PanelCut = { id: 'each', title: 'One service per capability', cut: '**' };

const STARTUP_4: Partial<ScenarioContext> = { teamSize: 4, stage: 'startup', devopsCapacity: 'low', trafficLevel: 'low', teams: undefined };

export const PANEL: PanelEntry[] = [
  {
    scenario: 'order-saga',
    cuts: [
      MONOLITH,
      { ...EACH, async: ['orders-payments', 'orders-inventory'] },
      { id: 'saga', title: 'Four services, choreographed saga', reference: 'saga-services' },
      { id: 'three', title: 'Three services', reference: 'orders-with-email' },
      {
        id: 'stock-waits',
        title: 'Four services; stock reserved synchronously, payment by event',
        cut: 'Orders: orders order-status | Payments: payments | Inventory: inventory | Notifications: email',
        async: ['orders-payments'],
      },
      {
        id: 'payment-waits',
        title: 'Four services, but order taking waits on the payment',
        cut: 'Orders: orders order-status | Payments: payments | Inventory: inventory | Notifications: email',
        async: ['orders-inventory'],
      },
      {
        id: 'status-with-payments',
        title: 'Order status moved next to payments',
        cut: 'Orders: orders | Payments: payments order-status | Inventory: inventory | Notifications: email',
        async: ['orders-payments', 'orders-inventory'],
      },
    ],
    pairs: [
      ['saga', 'payment-waits', 'The payment provider takes seconds: a synchronous call ties order taking to it and its failures.'],
      ['stock-waits', 'payment-waits', 'Waiting on a fast stock reservation is tolerable; waiting on a slow payment provider is not.'],
      ['saga', 'each', 'Order taking and order status write the same orders table: splitting them breaks database per service.'],
      ['three', 'status-with-payments', 'Order status writes orders, so it belongs with the service that owns orders.'],
      ['saga', 'status-with-payments', 'One service owns orders; a second writer means no single source of truth.'],
      ['monolith', 'payment-waits', 'A local transaction is safe; a synchronous call across services to a slow provider is neither fast nor safe.'],
    ],
    variants: [
      {
        id: 'startup',
        title: 'A 4-person startup with little DevOps capacity',
        context: STARTUP_4,
        pairs: [
          ['monolith', 'saga', 'Four people cannot run four deployables and a saga; one local transaction keeps the invariant for free.'],
          ['monolith', 'each', 'Five services for four people is all overhead.'],
        ],
      },
      {
        id: 'platform',
        title: 'A 40-person organisation with a platform team',
        context: { teamSize: 40, stage: 'large', devopsCapacity: 'high', teams: undefined, platformTeam: true },
        pairs: [['saga', 'monolith', 'Five teams on one deployable wait on each other for every release (Conway\'s law).']],
      },
    ],
  },
  {
    scenario: 'chatqna-pipeline',
    cuts: [
      MONOLITH,
      EACH,
      { id: 'opea', title: 'OPEA-style microservices', reference: 'opea-microservices' },
      { id: 'small-models', title: 'Small models share a server', reference: 'shared-small-models' },
      {
        id: 'six',
        title: 'Gateway serves the UI; each model apart',
        cut: 'Gateway and UI: ui gateway | Data prep: data-prep | Embedding: embedding | Reranking: reranker | Retrieval: retriever vector-store | LLM: llm',
      },
      {
        id: 'one-model-server',
        title: 'All three models on one server',
        cut: 'Chat UI: ui | Gateway: gateway | Data prep: data-prep | Models: embedding reranker llm | Retrieval: retriever vector-store',
      },
      {
        id: 'prep-with-retrieval',
        title: 'Indexing inside the retrieval service',
        cut: 'Chat UI: ui | Gateway: gateway | Embedding: embedding | Retrieval: data-prep retriever vector-store | Reranking: reranker | LLM: llm',
      },
    ],
    pairs: [
      ['opea', 'one-model-server', 'The LLM needs large accelerators and the small models small ones: on one server every replica pays for the largest.'],
      ['small-models', 'one-model-server', 'Sharing a server is right for the two small models and wrong for the LLM, which scales with answers.'],
      ['six', 'one-model-server', 'Each model scales on its own accelerator class.'],
      ['opea', 'prep-with-retrieval', 'Re-indexing must not interrupt questions: batch indexing next to the live vector search competes with it.'],
      ['small-models', 'prep-with-retrieval', 'Data preparation runs apart so indexing never slows answers.'],
      ['opea', 'monolith', 'GPU models, batch indexing and a steady gateway in one unit: everything scales, and pays, like the LLM.'],
      ['each', 'monolith', 'With a platform that runs many services well, separate scaling outweighs the extra deployables.'],
      ['each', 'one-model-server', 'A few extra hops cost milliseconds; the wrong accelerator costs every replica.'],
    ],
    variants: [
      {
        id: 'startup',
        title: 'A 3-person startup with little DevOps capacity and light traffic',
        context: { teamSize: 3, stage: 'startup', devopsCapacity: 'low', trafficLevel: 'low', teams: undefined },
        pairs: [['small-models', 'each', 'Eight deployables are too many for three people; the leaner cut keeps the accelerators apart with fewer services.']],
      },
    ],
  },
  {
    scenario: 'financial-ai-platform',
    cuts: [
      { id: 'mega', title: 'One AI platform megaservice', reference: 'platform-megaservice' },
      { id: 'serving-apart', title: 'Megaservice with serving apart', reference: 'serving-apart' },
      EACH,
      {
        id: 'monitoring-apart',
        title: 'Drift monitoring apart from the platform',
        cut: 'AI platform: model-registry model-governance model-deployment inference-api audit-trail | Monitoring: monitoring',
      },
      {
        id: 'three-deployables',
        title: 'Three deployables by area',
        cut: 'Governance: model-registry model-governance | Serving: inference-api audit-trail | Operations: model-deployment monitoring',
      },
      {
        id: 'registry-apart',
        title: 'The registry as a shared service',
        cut: 'Registry: model-registry | Platform: model-governance model-deployment inference-api monitoring audit-trail',
      },
    ],
    pairs: [
      ['mega', 'each', 'Six deployables mean six security reviews of weeks each for a team of six with little DevOps help.'],
      ['mega', 'three-deployables', 'Every deployable needs its own weeks-long review; the bank\'s answer needed one.'],
      ['serving-apart', 'three-deployables', 'Separate only the part worth separating, GPU serving.'],
      ['monitoring-apart', 'registry-apart', 'Registry and governance change together; splitting them makes every approval change a two-service release.'],
      ['monitoring-apart', 'three-deployables', 'Monitoring is fed by events, so it can stand apart; a third deployable is a third review.'],
      ['mega', 'registry-apart', 'Serving checks the registry on every prediction: a network hop the megaservice avoids.'],
      ['serving-apart', 'each', 'Two reviews instead of six, and in-process calls between the governance parts.'],
    ],
    variants: [
      {
        id: 'high-volume',
        title: 'A large bank platform group with a platform team and heavy prediction load',
        context: {
          teamSize: 30,
          stage: 'large',
          devopsCapacity: 'high',
          trafficLevel: 'high',
          platformTeam: true,
          teams: undefined,
          constraints: [
            { text: 'Every prediction must be written to the audit trail before it is returned.', check: { kind: 'must-be-sync', interactions: ['inference-audit'] } },
          ],
        },
        pairs: [['serving-apart', 'mega', 'At high volume, GPU serving must scale on its own rather than with the whole platform.']],
      },
    ],
  },
  {
    scenario: 'healthcare-startup',
    cuts: [
      MONOLITH,
      EACH,
      { id: 'hybrid', title: 'Hybrid of a core and two services', reference: 'hybrid' },
      { id: 'core-and-training', title: 'A core and a training service', reference: 'core-and-training' },
      {
        id: 'scope-shrunk',
        title: 'Identifiable data in one core; scoring served with the API',
        cut: 'Data core: record-intake data-validation consent de-identification | Scoring and API: risk-scoring clinician-api | Training: model-training',
        async: ['deid-scoring'],
      },
      {
        id: 'identifiable-split',
        title: 'Intake and privacy as separate services',
        cut: 'Intake: record-intake data-validation | Privacy: consent de-identification | Scoring: risk-scoring clinician-api | Training: model-training',
      },
      {
        id: 'training-in-core',
        title: 'Training inside the regulated core',
        cut: 'Data core: record-intake data-validation consent de-identification risk-scoring model-training | Clinician API: clinician-api',
      },
    ],
    pairs: [
      ['hybrid', 'identifiable-split', 'Identifiable records would cross a boundary, so two deployables need the compliance review.'],
      ['core-and-training', 'identifiable-split', 'One reviewed core is cheaper than two for eight people.'],
      ['scope-shrunk', 'identifiable-split', 'Keep everything that sees identifiable data in one reviewed deployable.'],
      ['hybrid', 'training-in-core', 'Training holds GPUs for hours; inside the core every replica of the regulated service pays for them.'],
      ['hybrid', 'each', 'Seven services for a startup of eight with little DevOps help, and identifiable data on the network.'],
      ['hybrid', 'monolith', 'GPU training for hours inside the one deployable that must ship weekly.'],
    ],
    variants: [],
  },
  {
    scenario: 'recommendation-system',
    cuts: [
      MONOLITH,
      { id: 'stages', title: 'A service per stage', reference: 'microservices' },
      { id: 'gpu-together', title: 'One ML service for the GPUs', reference: 'gpu-together' },
      {
        id: 'filter-with-serving',
        title: 'Filtering inside serving',
        cut: 'Ingestion: event-ingestion | Features: feature-extraction | Training: model-training | Inference: model-inference | Personalisation: personalization | Serving: serving content-filtering',
      },
      {
        id: 'features-with-inference',
        title: 'Features computed next to inference',
        cut: 'Ingestion: event-ingestion | Training: model-training | Inference: model-inference feature-extraction | Personalisation: personalization | Filtering: content-filtering | Serving: serving',
      },
      {
        id: 'ingestion-with-features',
        title: 'Ingestion and feature extraction together',
        cut: 'Events: event-ingestion feature-extraction | Training: model-training | Inference: model-inference | Personalisation: personalization | Filtering: content-filtering | Serving: serving',
      },
    ],
    pairs: [
      ['stages', 'monolith', 'Twenty-fold spikes, GPUs and batch work in one unit: everything scales to the most demanding part.'],
      ['gpu-together', 'monolith', 'Five teams releasing on their own schedules cannot share one deployable.'],
      ['filter-with-serving', 'features-with-inference', 'Filtering follows serving\'s load; batch feature work on GPU nodes does not.'],
      ['stages', 'features-with-inference', 'Batch feature jobs would run on, and pay for, the GPU inference nodes.'],
      ['stages', 'ingestion-with-features', 'Ingestion spikes twentyfold at live events; batch feature jobs want cheap, steady nodes.'],
    ],
    variants: [
      {
        id: 'startup',
        title: 'A 5-person startup with little DevOps capacity and modest traffic',
        context: { teamSize: 5, stage: 'startup', devopsCapacity: 'low', trafficLevel: 'low', teams: undefined },
        cuts: [
          {
            id: 'app-and-ml',
            title: 'One app and one ML service',
            cut: 'App: event-ingestion personalization content-filtering serving | ML: feature-extraction model-training model-inference',
          },
        ],
        pairs: [['app-and-ml', 'stages', 'Seven services for five people is overhead that buys nothing at modest traffic.']],
      },
    ],
  },
  {
    scenario: 'retail-shop',
    cuts: [
      MONOLITH,
      EACH,
      { id: 'six', title: 'Six services around the business', reference: 'six-services' },
      { id: 'odd-ones-out', title: 'Monolith with the odd ones out', reference: 'extract-what-scales' },
      {
        id: 'six-cached-suggestions',
        title: 'Six services; product pages read suggestions asynchronously',
        cut: 'Storefront: catalog pricing promotions | Recommendations: recommendations | Orders: cart checkout | Billing: billing | Accounts: accounts sign-in social-login | Notifications: email',
        async: ['catalog-recommendations'],
      },
      {
        id: 'recs-in-storefront',
        title: 'Recommendations inside the storefront',
        cut: 'Storefront: catalog pricing promotions recommendations | Orders: cart checkout | Billing: billing | Accounts: accounts sign-in social-login | Notifications: email',
      },
      {
        id: 'cart-in-storefront',
        title: 'The cart in the storefront, checkout apart',
        cut: 'Storefront: catalog pricing promotions cart | Recommendations: recommendations | Checkout: checkout | Billing: billing | Accounts: accounts sign-in social-login | Notifications: email',
      },
    ],
    pairs: [
      ['six', 'monolith', 'Ten-fold checkout spikes and a GPU model should not scale the whole shop.'],
      ['six', 'each', 'Pricing and promotions are called on every page; eleven services for twelve people split what changes together.'],
      ['odd-ones-out', 'monolith', 'Extract what scales differently: the GPU recommender and the batch mailer.'],
      ['six-cached-suggestions', 'recs-in-storefront', 'A slow model must not slow the shop: on GPU nodes inside the storefront it slows and costs every page.'],
      ['six', 'recs-in-storefront', 'The recommender needs GPUs; the storefront does not.'],
      ['six', 'cart-in-storefront', 'Cart and checkout change together and spike together on sale days.'],
    ],
    variants: [
      {
        id: 'startup',
        title: 'A 4-person startup with little DevOps capacity and light traffic',
        context: STARTUP_4,
        pairs: [['odd-ones-out', 'six', 'Four people cannot run six services; a modular monolith extracts only what scales differently.']],
      },
    ],
  },
  {
    scenario: 'streaming-platform',
    cuts: [
      MONOLITH,
      { id: 'each', title: 'One service per capability', reference: 'service-per-capability' },
      { id: 'pipeline', title: 'Background work shares a pipeline', reference: 'batch-work-together' },
      {
        id: 'history-by-event',
        title: 'One service per capability; ranking reads watch history from events',
        cut: 'Gateway: gateway | Catalogue: catalog | Search: search | Recommendations: recommendations | Profiles: profiles | Playback: playback | Encoding: encoding | Subscriptions: subscriptions | Notifications: notifications | Analytics: analytics',
        async: ['recommendations-profiles'],
      },
      {
        id: 'playback-with-encoding',
        title: 'Playback and encoding together',
        cut: 'Gateway: gateway | Catalogue: catalog | Search: search | Recommendations: recommendations | Profiles: profiles | Video: playback encoding | Subscriptions: subscriptions | Notifications: notifications | Analytics: analytics',
      },
      {
        id: 'playback-with-subscriptions',
        title: 'Playback checks plans in process',
        cut: 'Gateway: gateway | Catalogue: catalog | Search: search | Recommendations: recommendations | Profiles: profiles | Playback: playback subscriptions | Encoding: encoding | Notifications: notifications | Analytics: analytics',
      },
    ],
    pairs: [
      ['each', 'monolith', 'Forty engineers in several teams on one deployable wait on each other for every release.'],
      ['pipeline', 'monolith', 'Spiky playback, batch encoding and GPU ranking need different machines.'],
      ['history-by-event', 'playback-with-encoding', 'Encoding bursts would compete with playback start, which must stay fast whatever else is slow.'],
      ['each', 'playback-with-encoding', 'Batch encoding and spiky playback scale in opposite ways.'],
      ['each', 'playback-with-subscriptions', 'Billing is a steady, separately owned domain; locked to playback it scales with every evening peak.'],
      ['pipeline', 'playback-with-subscriptions', 'Saving one hop is not worth coupling payments to playback\'s peaks.'],
    ],
    variants: [
      {
        id: 'startup',
        title: 'A 6-person startup with little DevOps capacity and light traffic',
        context: { teamSize: 6, stage: 'startup', devopsCapacity: 'low', trafficLevel: 'low', teams: undefined, platformTeam: false },
        cuts: [
          {
            id: 'app-and-workers',
            title: 'A gateway, one core, discovery and the batch work apart',
            cut: 'Gateway: gateway | Core: catalog profiles playback subscriptions | Discovery: search recommendations | Background: encoding notifications analytics',
          },
        ],
        pairs: [['app-and-workers', 'each', 'Ten services for six people is more operations than product.']],
      },
    ],
  },
  {
    scenario: 'showtime-tickets',
    cuts: [
      MONOLITH,
      { ...EACH, async: ['checkout-payments'] },
      { id: 'four', title: 'Four services and a nightly job', reference: 'four-services' },
      { id: 'per-team', title: 'Three services, one per team', reference: 'booking-and-communication' },
      {
        id: 'core-and-payments',
        title: 'One core, payments apart behind events',
        cut: 'Showtime: catalogue seat-map checkout tickets notifications reporting | Payments: payments',
        async: ['checkout-payments'],
      },
      {
        id: 'seat-map-apart',
        title: 'The seat map split out for the premiere spike',
        cut: 'Catalogue: catalogue | Seats: seat-map | Booking: checkout tickets | Payments: payments | Notifications: notifications | Reporting job: reporting',
        async: ['checkout-payments'],
      },
      {
        id: 'checkout-waits',
        title: 'Four services, but checkout waits on the card provider',
        cut: 'Catalogue: catalogue | Booking: seat-map checkout tickets | Payments: payments | Notifications: notifications | Reporting job: reporting',
      },
      {
        id: 'payments-up-front',
        title: 'Payments bundled with the public catalogue',
        cut: 'Front: catalogue payments | Booking: seat-map checkout tickets | Communication: notifications reporting',
        async: ['checkout-payments'],
      },
    ],
    pairs: [
      ['four', 'checkout-waits', 'A provider that sometimes takes 30 seconds must not hold a checkout request open: ask by event.'],
      ['four', 'seat-map-apart', 'Seat map and checkout write the same seats; a spike is no reason to give one table two writers.'],
      ['four', 'payments-up-front', 'Card data belongs in the smallest scope, not beside the busiest public-facing part.'],
      ['four', 'core-and-payments', 'Three product teams sharing one core deployable wait on each other for every release.'],
      ['core-and-payments', 'monolith', 'Even one boundary pays when it takes the slow, regulated payment path out of the core.'],
      ['core-and-payments', 'each', 'One service per capability splits the seats between writers and breaks the seat rule.'],
    ],
    variants: [
      {
        id: 'small-team',
        title: 'Six engineers, no platform team, little DevOps capacity',
        context: { teamSize: 6, stage: 'startup', devopsCapacity: 'low', teams: undefined, platformTeam: false },
        pairs: [['core-and-payments', 'four', 'Six people without a platform team cannot run five deployables well; keep one core and isolate payments.']],
      },
    ],
  },
];

/** The scenario with a variant's context applied (capabilities and references unchanged). */
export function withContext(scenario: Scenario, context: Partial<ScenarioContext>): Scenario {
  return { ...scenario, context: { ...scenario.context, ...context } };
}

/**
 * Builds a panel cut as a design. `*` is every capability in one service, `**` one service per
 * capability. Throws on an unknown capability or reference, so a typo fails the panel test.
 */
export function panelDesign(scenario: Scenario, cut: PanelCut): Design {
  let design: Design;
  if (cut.reference) {
    const ref = designFromReference(scenario, cut.reference);
    if (!ref) throw new Error(`${scenario.id}: panel cut "${cut.id}" names no reference "${cut.reference}"`);
    design = ref;
  } else {
    const groups: [string, string[]][] =
      cut.cut === '*'
        ? [['Everything', scenario.capabilities.map((c) => c.id)]]
        : cut.cut === '**'
          ? scenario.capabilities.map((c) => [c.name, [c.id]])
          : (cut.cut ?? '').split('|').map((part) => {
              const [name, caps] = part.split(':');
              return [name!.trim(), (caps ?? '').trim().split(/\s+/)];
            });
    design = { scenarioId: scenario.id, services: [], placement: {}, modes: {} };
    groups.forEach(([name, caps], i) => {
      const id = `svc-${i + 1}`;
      design.services.push({ id, name, color: SERVICE_COLORS[i % SERVICE_COLORS.length]! });
      for (const c of caps) {
        if (!scenario.capabilities.some((k) => k.id === c)) throw new Error(`${scenario.id}: panel cut "${cut.id}" names no capability "${c}"`);
        design.placement[c] = id;
      }
    });
  }
  for (const [list, mode] of [
    [cut.async, 'async'],
    [cut.sync, 'sync'],
  ] as const) {
    for (const x of list ?? []) {
      if (!scenario.interactions.some((i) => i.id === x && i.switchable)) throw new Error(`${scenario.id}: panel cut "${cut.id}": "${x}" is not a switchable interaction`);
      design.modes[x] = mode;
    }
  }
  return design;
}
