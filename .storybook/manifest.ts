interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  summary?: string;
  description?: string;
  members?: Member[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const isPublic = (member: Member) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('#');

/**
 * The manifest as the docs should present it: the `@summary` leads the description (Storybook
 * shows only `description`), and only the public API is listed. The analyzer also lists
 * protected and private members (controllers, render helpers), which are no business of a page
 * author and would clutter every args table.
 */
export function publicApi<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        description: [declaration.summary, declaration.description].filter(Boolean).join('\n\n'),
        members: declaration.members?.filter(isPublic),
      })),
    })),
  };
}
