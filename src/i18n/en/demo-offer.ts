/** The demo offer on a new owner's Home: part of the first screen (first-screen.ts). */
export const demoOffer = {
  'insights.demo.explore': 'Explore a demo business',
  'insights.demo.exploreHint':
    'Not ready to type in your own yet? Load a made-up business — about 50 clients with three years of jobs and payments — to see what the app shows. It comes out again in one step.',
  'insights.demo.loading': 'Loading the demo…',
} as const;
