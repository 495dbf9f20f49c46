import type { App } from '@slack/bolt';
import { renderHome } from '../../render/home.js';
import type { ListenerContext } from '../context.js';
import { guarded, retrying } from '../calls.js';

/** App Home: the agenda, published when a user opens the Home tab. */
export function registerHome(app: App, ctx: ListenerContext): void {
  const view = renderHome(ctx.knowledge); // the knowledge never changes, so neither does the view
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const fields = { surface: 'home', user: event.user };
    await guarded(ctx, 'views.publish', fields, () => retrying(ctx, 'views.publish', fields, () => client.views.publish({ user_id: event.user, view })));
  });
}
