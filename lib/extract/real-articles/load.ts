import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { type RealArticle, RealArticleFileSchema } from "./schema";

export const REAL_ARTICLES_FILE = path.join(process.cwd(), "tests", "fixtures", "real-articles.json");
/** Where the texts live locally; they are third-party text and stay out of the repository. */
export const REAL_TEXTS_DIR = process.env.REAL_ARTICLES_DIR ?? path.join(process.cwd(), "data", "real-articles");

/** The labelled list, checked against the schema so a bad label fails with its path. */
export function loadRealArticleLabels(file: string = REAL_ARTICLES_FILE): RealArticle[] {
  const parsed = RealArticleFileSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${path.basename(file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data.articles;
}

export type RealArticleWithText = RealArticle & { text: string };

/** Labels joined to their local texts; `missing` lists the labelled reports whose text file is absent. */
export function loadRealArticles(dir: string = REAL_TEXTS_DIR, file?: string): { articles: RealArticleWithText[]; missing: RealArticle[] } {
  const articles: RealArticleWithText[] = [];
  const missing: RealArticle[] = [];
  for (const a of loadRealArticleLabels(file)) {
    const p = path.join(dir, `${a.id}.txt`);
    if (existsSync(p)) articles.push({ ...a, text: readFileSync(p, "utf8") });
    else missing.push(a);
  }
  return { articles, missing };
}
